"""Smart-copy bots that follow user signals, the engine that runs them, and its rules.

Pionex's file describes smart-copy bots (create, check, read, cancel), user signals and a signal
listener, but leaves what a signal *means* opaque (``signalType``, ``signalParam``) and has no
operation that says "follow this signal".  The sandbox's rule ties them together:

**What a bot follows.**  Each item of a bot's ``portfolio`` names a signal in its
``signal_type``: in the sandbox it must be a user signal of the same account
(:mod:`pionex_sandbox.bots.signals`), and the item follows that signal's pushes on its own pair
(the item's ``base`` against the bot's ``quote``, a listed spot pair).  An item that gives a
``signal_param`` follows only the pushes whose ``signalParam`` is that exact string; one without
follows every push of its signal.  ``copy_from`` and ``copy_type`` are recorded and shown
(``copyFrom``, ``copyType``), nothing more: the sandbox has no other trader's bot to copy.

**Creating** locks ``quote_total_investment`` of the quote coin from the account's spot holdings
(through :mod:`pionex_sandbox.core.places` and the bot's :class:`~pionex_sandbox.core.ledger.Funds`;
at most 8 decimal places).  The portfolio has 1 to :data:`MAX_ITEMS` items.  A single item may
leave out ``percent`` (it then gets everything, "1"); several items each give theirs, and the
percents add up to exactly 1.  An item's share is the investment times its percent, rounded down
to 8 places, the first item taking what the rounding leaves so that the shares add up to the
investment.  A share must be at least the pair's minimum order value and at most the pair's
maximum investment (see checking).  The sandbox's smart copy trades spot only, so ``leverage``
must be 1 (``tradeType`` is ``spot``).  A bot starts with its shares in the quote coin: it holds
no base until a signal says buy.

**Following a push.**  At the moment a push arrives, every running item that follows it trades,
at its pair's price of that moment (the sandbox's price path at the market's last step, every
half second: the price the synthetic book is quoted around, and the grids' price), paying the
spot fee (:data:`~pionex_sandbox.symbols.FEE_RATE`) in the coin it receives, rounded up to 8
places:

* ``position_size`` is the position the item is to hold after the action, as a ratio of its
  money: 0 is flat (all quote), 1 all in (all base), 0.5 half of its money in base, valued at
  the price of the moment.  Its money is its value (quote plus base at the price) when the bot
  compounds (``compound``), else its value but at most its share (profit is not reinvested).  A
  ratio below 0 is taken as 0 (a spot bot cannot go short), one above 1 as 1 (it cannot borrow);
  Pionex's "ratio or amount" is read as a ratio only;
* ``buy`` buys base with quote up to that position (as much as its quote allows), and does
  nothing when the item already holds as much or more; ``sell`` sells base down to that
  position, and does nothing when the item holds as little or less.  So a strategy that trades
  one unit in and out (TradingView's ``strategy.position_size`` 1 after its buy, 0 after its
  sell) makes the bot go all in and all out.

Sizes are rounded down to the pair's size step; a trade that comes to less than one step does
not happen (the push still counts the item as a follower).  The bot's trades are its own fills at
that price: they take nothing from the sandbox's book and print no public trade, and no minimum
order value applies to them.  ``contracts`` and ``direction`` change nothing.

**Rounds.**  A round opens with a buy while the item holds less base than one size step and
closes with the sell that leaves it holding less than that; its profit is the quote its sells
brought in, after fees, less the quote its buys spent.  ``roundCount``, ``currentRound`` (the
round in progress, or the last one), ``profitRoundCount`` (rounds with a profit above 0) and
``profitPositive`` (the sum of those profits) count them; ``currentRoundMonth`` is the UTC month
(``YYYY-MM``) the round in progress opened in ("" when none is); ``roundCount24h`` counts the
bot's rounds closed in the last 24 hours of the sandbox clock.

**Take profit and stop loss** (``profit_stop_ratio`` > 0, ``loss_stop_ratio`` in (-1, 0)) are
ratios of an item's value (its quote plus its base at the price) less its share, to its share.
The sandbox checks them right after each of the item's trades and, while the item holds at least
one size step of base, at every market step (every half second of the clock): an item closes at
the first step at whose price its ratio reaches either (the price path is a straight line between
whole hours, so that step is found exactly as the clock moves, without walking it).  Closing
sells all the base it can at that moment's price; the item follows no more pushes and its money
stays in the bot.  When every
item of a bot has closed this way the bot finishes, ``reasonBy`` saying which stop closed the
last one (``profit_stop`` or ``loss_stop``).  ``profit_stop_maker`` is recorded and changes
nothing (the sandbox closes at the price of the moment).

**Cancelling** closes every running item as a stop does (everything sellable sold at the price
of the moment, with the fee) and gives everything the bot holds back to the spot holdings: the
quote coin, and the dust of base smaller than a size step.  ``reasonBy`` is ``user_cancel``;
``close_note`` is kept; ``convert_into_earn_coin`` is recorded (``convertIntoEarnCoin`` 1) and
changes nothing, the sandbox having no earn product.  A finished bot cannot be cancelled again.

**Checking** (checkParams) answers for a pair, a leverage and an investment: the most one item
may invest, ``max_investment``, is what a single market sell of the pair's largest size
(``maxTradeDumping``) brings at the price of the moment, rounded down to the pair's amount
precision, the bot having to be able to leave its position at once; ``max_leverage`` is 1;
``notional_limit`` is ``max_investment`` times ``max_leverage``; ``available_limit`` is that
less what the account's running items on the pair (following ``signal_type``, when given)
already invest, times their leverage.  ``result`` is true when the investment is at least the
pair's minimum order value and at most ``max_investment``, the leverage at most
``max_leverage``, and investment times leverage at most ``available_limit``.  Create refuses an
item that any of these would refuse.

**Reading.**  A bot is ``running`` until it finishes, then ``finished`` (its ``buOrderData``
status ``running``, then ``canceled``; an item's ``running``, then ``closed``; ``reasonBy`` is
absent until the bot finishes, as Pionex's reasons are all reasons to close).  ``profit`` is
value less investment: the quote and the base held, the base at the price of the moment (at its
close price for a closed item).  ``keyId`` is the ``key_id`` given at create or, without one, an
id derived from the API key (never the key itself); ``userId`` is the account's name.  Bot ids
are the sandbox's order ids, as strings (Pionex's are UUIDs).  Fields about futures, profit
sharing and KOLs are zeros or empty: a sandbox bot has no funding, shares nothing, and its
signal's owner (``kolName``) is its own account.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from functools import partial
from typing import Literal

from ..accounts import BALANCE_PLACES
from ..core.ledger import Funds
from ..core.market import STEP_MS
from ..core.places import ShortOfFunds
from ..core.prices import DAY, HOUR, PricePath
from ..core.sandbox import Engine, Sandbox
from ..errors import ApiError, invalid_symbol, parameter_error
from ..symbols import FEE_RATE, SYMBOLS_BY_NAME, SymbolRules, fmt
from .kol import KolBoard
from .signals import Action, Push, PushRequest, Signals, UserSignal

ZERO = Decimal(0)
ONE = Decimal(1)

MAX_ITEMS = 100
"""Most items in one bot's portfolio."""

MAX_LEVERAGE = 1
"""The sandbox's smart copy trades spot: leverage 1 only."""

TRADES_KEPT = 1000
"""Newest trades kept per item (for tests and people reading the engine)."""

SPOT = "SPOT"
BOT_TYPE = "smart_copy"
EXCHANGE = "pionex.v2"
Status = Literal["running", "finished"]


def _bad(message: str) -> ApiError:
    return parameter_error("TRADE", message)


def _denied(message: str) -> ApiError:
    return ApiError(400, "TRADE_OPERATION_DENIED", message)


def money(value: Decimal) -> str:
    """An exact amount as a plain decimal string, without trailing zeros ("0" for zero)."""
    if value == 0:
        return "0"
    return fmt(value.normalize())


def key_id(api_key: str) -> str:
    """The id the sandbox shows for an API key (a hash: the key itself is never shown)."""
    return "key-" + hashlib.blake2b(f"pionex-sandbox|key-id|{api_key}".encode(), digest_size=8).hexdigest()


def spot_pair(base: str, quote: str) -> SymbolRules:
    """The listed spot pair ``BASE_QUOTE``, or ``TRADE_INVALID_SYMBOL``."""
    rules = SYMBOLS_BY_NAME.get(f"{base}_{quote}")
    if rules is None or rules.type != "SPOT":
        raise invalid_symbol("TRADE", f"{base}_{quote}")
    return rules


def first_reach(path: PricePath, after: int, until: int, reached: Callable[[Decimal], bool]) -> int | None:
    """The first market step in (``after``, ``until``] at whose price ``reached(price)`` holds, if any.

    ``reached`` must be monotone in the price (true from some price up, or from some price down, or
    either of the two).  The path is a straight line between whole hours (which are market steps),
    so within an hour its price moves one way: the hour's ends tell whether it is reached inside,
    and halving the hour finds the first step it is.
    """
    start = (after // STEP_MS + 1) * STEP_MS
    last = until // STEP_MS * STEP_MS
    while start <= last:
        end = min(last, (start // HOUR + 1) * HOUR)
        if reached(path.price(start)):
            return start
        if reached(path.price(end)):
            low, high = start, end
            while high - low > STEP_MS:
                middle = (low + high) // 2 // STEP_MS * STEP_MS
                if reached(path.price(middle)):
                    high = middle
                else:
                    low = middle
            return high
        start = end + STEP_MS
    return None


# -- requests ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRequest:
    """One item of a create request, as read from the body."""

    base: str
    signal_type: str
    leverage: int
    signal_param: str | None = None
    percent: Decimal | None = None
    profit_stop: Decimal | None = None
    loss_stop: Decimal | None = None


@dataclass(frozen=True)
class CreateRequest:
    """A create request, as read from the body."""

    base: str
    quote: str
    investment: Decimal
    items: tuple[ItemRequest, ...]
    key_id: str | None = None
    note: str = ""
    copy_from: str = ""
    copy_type: str = ""
    compound: bool = False
    profit_stop_maker: bool = False


# -- state ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trade:
    """One trade of an item: ``size`` of base bought or sold at ``price``, with its fee."""

    time: int
    side: Action
    price: Decimal
    size: Decimal
    fee: Decimal
    fee_coin: str


@dataclass
class Round:
    """A round of an item: from the buy that opens a position to the sell that closes it."""

    opened: int
    spent: Decimal = ZERO
    received: Decimal = ZERO


@dataclass
class Item:
    """One portfolio item of a bot: its pair, its signal, its share and what it holds of the bot's money."""

    index: int
    rules: SymbolRules
    signal_type: str
    signal_param: str | None
    percent: Decimal
    leverage: int
    profit_stop: Decimal | None
    loss_stop: Decimal | None
    share: Decimal
    init_price: Decimal
    quote: Decimal
    base: Decimal = ZERO
    fee_base: Decimal = ZERO
    fee_quote: Decimal = ZERO
    status: Literal["running", "closed"] = "running"
    reason: str = ""
    closed_price: Decimal = ZERO
    closed_base: Decimal = ZERO
    closed_quote: Decimal = ZERO
    round: Round | None = None
    round_count: int = 0
    profit_rounds: int = 0
    profit_positive: Decimal = ZERO
    round_ends: list[int] = field(default_factory=list)
    trades: deque[Trade] = field(default_factory=lambda: deque(maxlen=TRADES_KEPT))

    @property
    def running(self) -> bool:
        return self.status == "running"

    def holds_base(self) -> bool:
        """Whether the item holds at least one size step of base (something it can sell)."""
        return self.base >= self.rules.size_step

    def value(self, price: Decimal) -> Decimal:
        return self.quote + self.base * price

    def stop_reached(self, price: Decimal) -> str | None:
        """``profit_stop`` or ``loss_stop`` when the item's ratio at ``price`` reaches one, else None."""
        gain = self.value(price) - self.share
        if self.profit_stop is not None and gain >= self.share * self.profit_stop:
            return "profit_stop"
        if self.loss_stop is not None and gain <= self.share * self.loss_stop:
            return "loss_stop"
        return None

    def follows(self, bot: SmartCopyBot, push: PushRequest) -> bool:
        return (
            self.running
            and self.signal_type == push.signal_type
            and self.rules.base == push.base
            and bot.quote == push.quote
            and (self.signal_param is None or self.signal_param == push.signal_param)
        )


@dataclass
class SmartCopyBot:
    """One smart-copy bot."""

    bot_id: str
    api_key: str = field(repr=False)
    key_id: str
    user_id: str
    base: str
    quote: str
    investment: Decimal
    created: int
    items: list[Item]
    funds: Funds
    init_quote_price: Decimal
    note: str = ""
    copy_from: str = ""
    copy_type: str = ""
    compound: bool = False
    profit_stop_maker: bool = False
    status: Status = "running"
    closed: int | None = None
    close_note: str = ""
    reason: str = ""
    convert_into_earn_coin: bool = False
    closed_quote_amount: Decimal = ZERO
    closed_quote_price: Decimal = ZERO
    signal_name: str = ""

    @property
    def running(self) -> bool:
        return self.status == "running"


# -- the engine -------------------------------------------------------------------------------------------


class Copying(Engine):
    """Smart-copy bots, user signals and the KOL lists of one sandbox."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.signals = Signals(sandbox.seed)
        self.kols = KolBoard(sandbox.seed, sandbox.created_ms, sandbox.markets)
        self.bots: dict[str, SmartCopyBot] = {}

    # prices

    def price(self, rules: SymbolRules, moment: int) -> Decimal:
        """The pair's price at ``moment``: the path's at the market's last step (what the book is quoted around)."""
        return self.sandbox.markets.path(rules.symbol).price(moment // STEP_MS * STEP_MS)

    def quote_price(self, quote: str, moment: int) -> Decimal:
        """What one ``quote`` is worth in USDT at ``moment`` (0 when no pair says)."""
        if quote == "USDT":
            return ONE
        rules = SYMBOLS_BY_NAME.get(f"{quote}_USDT")
        return self.price(rules, moment) if rules is not None and rules.type == "SPOT" else ZERO

    # limits

    def max_investment(self, rules: SymbolRules, now: int) -> Decimal:
        return (rules.max_trade_dumping * self.price(rules, now)).quantize(rules.amount_step, ROUND_DOWN)

    def invested(self, api_key: str, rules: SymbolRules, signal_type: str | None) -> Decimal:
        """What the account's running items on ``rules`` (following ``signal_type``, when given) invest, times leverage."""
        return sum(
            (
                item.share * item.leverage
                for bot in self.bots.values()
                if bot.api_key == api_key and bot.running
                for item in bot.items
                if item.running and item.rules is rules and (signal_type is None or item.signal_type == signal_type)
            ),
            ZERO,
        )

    def check_params(
        self,
        api_key: str,
        base: str,
        quote: str,
        leverage: int,
        investment: Decimal,
        signal_type: str | None,
        now: int,
    ) -> dict[str, object]:
        """CheckSmartCopyParamsData (see the module's docstring)."""
        rules = spot_pair(base, quote)
        if signal_type is not None:
            self.signals.find(api_key, signal_type, "signal_type")
        most = self.max_investment(rules, now)
        limit = most * MAX_LEVERAGE
        available = max(limit - self.invested(api_key, rules, signal_type), ZERO)
        fits = (
            rules.min_amount <= investment <= most and leverage <= MAX_LEVERAGE and investment * leverage <= available
        )
        return {
            "result": fits,
            "max_investment": money(most),
            "max_leverage": str(MAX_LEVERAGE),
            "notional_limit": money(limit),
            "available_limit": money(available),
        }

    # create

    def create(self, api_key: str, request: CreateRequest, now: int) -> SmartCopyBot:
        rules = spot_pair(request.base, request.quote)
        investment = request.investment
        if investment != investment.quantize(BALANCE_PLACES):
            raise _bad("bu_order_data.quote_total_investment has more than 8 decimal places")
        if not 1 <= len(request.items) <= MAX_ITEMS:
            raise _bad(f"bu_order_data.portfolio must hold 1 to {MAX_ITEMS} items")
        percents = self._percents(request.items)
        shares = [(investment * percent).quantize(BALANCE_PLACES, ROUND_DOWN) for percent in percents]
        shares[0] += investment - sum(shares, ZERO)
        signals: list[UserSignal] = []
        planned: dict[tuple[str, str], Decimal] = {}
        items: list[Item] = []
        for index, (wanted, percent, share) in enumerate(zip(request.items, percents, shares, strict=True)):
            where = f"bu_order_data.portfolio[{index}]"
            pair = spot_pair(wanted.base, request.quote)
            signals.append(self.signals.find(api_key, wanted.signal_type, f"{where}.signal_type"))
            if wanted.leverage != MAX_LEVERAGE:
                raise _bad(f"{where}.leverage must be {MAX_LEVERAGE}: the sandbox's smart copy trades spot")
            if wanted.profit_stop is not None and wanted.profit_stop <= 0:
                raise _bad(f"{where}.profit_stop_ratio must be greater than 0")
            if wanted.loss_stop is not None and not -1 < wanted.loss_stop < 0:
                raise _bad(f"{where}.loss_stop_ratio must be between -1 and 0 (a loss)")
            if share < pair.min_amount:
                raise _bad(
                    f"{where}: its share {money(share)} {request.quote} is below the pair's minimum order value "
                    f"{money(pair.min_amount)}"
                )
            most = self.max_investment(pair, now)
            if share > most:
                raise _bad(
                    f"{where}: its share {money(share)} {request.quote} is above the most one item may invest, "
                    f"{money(most)}"
                )
            key = (pair.symbol, wanted.signal_type)
            planned[key] = planned.get(key, ZERO) + share * wanted.leverage
            available = most * MAX_LEVERAGE - self.invested(api_key, pair, wanted.signal_type)
            if planned[key] > available:
                raise _denied(
                    f"{where}: the account's items on {pair.symbol} following this signal may invest "
                    f"{money(max(available, ZERO))} {request.quote} more"
                )
            items.append(
                Item(
                    index=index,
                    rules=pair,
                    signal_type=wanted.signal_type,
                    signal_param=wanted.signal_param,
                    percent=percent,
                    leverage=wanted.leverage,
                    profit_stop=wanted.profit_stop,
                    loss_stop=wanted.loss_stop,
                    share=share,
                    init_price=self.price(pair, now),
                    quote=share,
                )
            )
        place = self.sandbox.places[SPOT]
        try:
            place.take(api_key, rules.quote, investment)
        except ShortOfFunds as short:
            raise _denied(str(short)) from None
        funds = Funds()
        funds.move(now, "lock", rules.quote, investment, place=SPOT)
        bot = SmartCopyBot(
            bot_id=str(self.sandbox.take_order_id()),
            api_key=api_key,
            key_id=request.key_id or key_id(api_key),
            user_id=self.sandbox.accounts[api_key].name,
            base=rules.base,
            quote=rules.quote,
            investment=investment,
            created=now,
            items=items,
            funds=funds,
            init_quote_price=self.quote_price(rules.quote, now),
            note=request.note,
            copy_from=request.copy_from,
            copy_type=request.copy_type,
            compound=request.compound,
            profit_stop_maker=request.profit_stop_maker,
            signal_name=signals[0].title,
        )
        self.bots[bot.bot_id] = bot
        return bot

    @staticmethod
    def _percents(items: tuple[ItemRequest, ...]) -> list[Decimal]:
        if len(items) == 1 and items[0].percent is None:
            return [ONE]
        percents = []
        for index, item in enumerate(items):
            if item.percent is None:
                raise _bad(f"bu_order_data.portfolio[{index}].percent is required when the portfolio has several items")
            if item.percent > 1:
                raise _bad(f"bu_order_data.portfolio[{index}].percent must be at most 1 (1 is 100 %)")
            percents.append(item.percent)
        if sum(percents, ZERO) != 1:
            raise _bad("the percents of bu_order_data.portfolio must add up to 1")
        return percents

    # find

    def find(self, api_key: str, bot_id: str) -> SmartCopyBot:
        bot = self.bots.get(bot_id)
        if bot is None or bot.api_key != api_key:
            raise ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no smart copy bot {bot_id} in this account")
        return bot

    def following(self, signal: UserSignal) -> list[SmartCopyBot]:
        """The running bots with an item following ``signal``."""
        return [
            bot
            for bot in self.bots.values()
            if bot.running and any(item.running and item.signal_type == signal.signal_type for item in bot.items)
        ]

    # trading

    def _buy(self, bot: SmartCopyBot, item: Item, spend: Decimal, now: int) -> None:
        rules = item.rules
        price = self.price(rules, now)
        size = (spend / price).quantize(rules.size_step, ROUND_DOWN)
        if size <= 0:
            return
        cost = size * price
        fee = (size * FEE_RATE).quantize(BALANCE_PLACES, ROUND_UP)
        bot.funds.move(now, "buy", rules.quote, -cost)
        bot.funds.move(now, "buy", rules.base, size)
        bot.funds.move(now, "fee", rules.base, -fee)
        if item.round is None:
            item.round = Round(now)
        item.quote -= cost
        item.base += size - fee
        item.fee_base += fee
        item.round.spent += cost
        item.trades.append(Trade(now, "buy", price, size, fee, rules.base))

    def _sell(self, bot: SmartCopyBot, item: Item, amount: Decimal, now: int) -> None:
        """Sell ``amount`` of the item's base (rounded down to the pair's size step)."""
        rules = item.rules
        price = self.price(rules, now)
        size = min(amount, item.base).quantize(rules.size_step, ROUND_DOWN)
        if size <= 0:
            return
        notional = size * price
        fee = (notional * FEE_RATE).quantize(BALANCE_PLACES, ROUND_UP)
        bot.funds.move(now, "sell", rules.base, -size)
        bot.funds.move(now, "sell", rules.quote, notional)
        bot.funds.move(now, "fee", rules.quote, -fee)
        item.base -= size
        item.quote += notional - fee
        item.fee_quote += fee
        item.trades.append(Trade(now, "sell", price, size, fee, rules.quote))
        assert item.round is not None, "an item holds base only from a buy, which opened a round"
        item.round.received += notional - fee
        if not item.holds_base():
            profit = item.round.received - item.round.spent
            item.round_count += 1
            item.round_ends.append(now)
            if profit > 0:
                item.profit_rounds += 1
                item.profit_positive += profit
            item.round = None

    def push(self, api_key: str, push: PushRequest, now: int) -> Push:
        """Record ``push`` on the account's signal and let the items following it trade."""
        signal = self.signals.find(api_key, push.signal_type)
        spot_pair(push.base, push.quote)
        followers = 0
        for bot in list(self.bots.values()):
            if not bot.running or bot.api_key != api_key:
                continue
            for item in bot.items:
                if not item.follows(bot, push):
                    continue
                followers += 1
                price = self.price(item.rules, now)
                money = item.value(price) if bot.compound else min(item.value(price), item.share)
                wanted = min(max(push.position_size, ZERO), ONE) * money
                worth = item.base * price
                if push.action == "buy" and worth < wanted:
                    self._buy(bot, item, min(wanted - worth, item.quote), now)
                elif push.action == "sell" and worth > wanted:
                    self._sell(bot, item, item.base - wanted / price, now)
                reason = item.stop_reached(self.price(item.rules, now))
                if reason is not None:
                    self._close_item(bot, item, reason, now)
                    if all(not other.running for other in bot.items):
                        self._finish(bot, reason, now)
        signal.confirmed = True
        record = Push(**asdict(push), received=now, followers=followers)
        signal.pushes.append(record)
        return record

    def _close_item(self, bot: SmartCopyBot, item: Item, reason: str, now: int) -> None:
        if item.holds_base():
            self._sell(bot, item, item.base, now)
        item.status = "closed"
        item.reason = reason
        item.closed_price = self.price(item.rules, now)
        item.closed_base = item.base
        item.closed_quote = item.quote

    def _finish(self, bot: SmartCopyBot, reason: str, now: int) -> None:
        """Give everything the bot holds back to the spot holdings; the bot is finished."""
        place = self.sandbox.places[SPOT]
        for coin, amount in sorted(bot.funds.holdings.items()):
            if amount > 0:
                bot.funds.move(now, "release", coin, -amount, place=SPOT)
                place.give(bot.api_key, coin, amount)
                if coin == bot.quote:
                    bot.closed_quote_amount = amount
        for item in bot.items:
            item.quote = item.base = ZERO
        bot.status = "finished"
        bot.closed = now
        bot.reason = reason
        bot.closed_quote_price = self.quote_price(bot.quote, now)

    def cancel(self, api_key: str, bot_id: str, close_note: str, convert: bool, now: int) -> SmartCopyBot:
        bot = self.find(api_key, bot_id)
        if not bot.running:
            raise _denied(f"smart copy bot {bot_id} is already finished")
        for item in bot.items:
            if item.running:
                self._close_item(bot, item, "user_cancel", now)
        bot.close_note = close_note
        bot.convert_into_earn_coin = convert
        self._finish(bot, "user_cancel", now)
        return bot

    # the clock

    def _stopping(self) -> Iterable[tuple[SmartCopyBot, Item]]:
        for bot in self.bots.values():
            if bot.running:
                for item in bot.items:
                    stops = item.profit_stop is not None or item.loss_stop is not None
                    if item.running and stops and item.holds_base():
                        yield bot, item

    def moments(self, after: int, until: int) -> Iterable[int]:
        """The first moment each item with a take profit or a stop loss reaches one, if it does by ``until``."""
        due = set()
        for _, item in self._stopping():
            path = self.sandbox.markets.path(item.rules.symbol)
            moment = first_reach(path, after, until, partial(_stops, item))
            if moment is not None:
                due.add(moment)
        return sorted(due)

    def at(self, moment: int) -> None:
        for bot, item in list(self._stopping()):
            reason = item.stop_reached(self.price(item.rules, moment))
            if reason is not None:
                self._close_item(bot, item, reason, moment)
                if all(not other.running for other in bot.items):
                    self._finish(bot, reason, moment)

    # replies

    def item_profit(self, bot: SmartCopyBot, item: Item, now: int) -> Decimal:
        """The item's value less its share: its base at the price now, or at its close price once closed."""
        if item.running:
            return item.value(self.price(item.rules, now)) - item.share
        return item.closed_quote + item.closed_base * item.closed_price - item.share

    def item_reply(self, bot: SmartCopyBot, item: Item, now: int) -> dict[str, object]:
        """The item as SmartCopyPortfolioItem."""
        price = self.price(item.rules, now) if item.running else item.closed_price
        in_round = item.round is not None
        return {
            "tradeBase": item.rules.base,
            "buOrderId": bot.bot_id,
            "base": item.rules.base,
            "signalType": item.signal_type,
            "signalParam": item.signal_param or "",
            "percent": money(item.percent),
            "initPrice": money(item.init_price),
            "closedPrice": money(item.closed_price),
            "currentBaseAmount": money(item.base),
            "closedBaseAmount": money(item.closed_base),
            "closedQuoteAmount": money(item.closed_quote),
            "totalFeeInBase": money(item.fee_base),
            "totalFeeInQuote": money(item.fee_quote),
            "profit": money(self.item_profit(bot, item, now)),
            "roundCount": item.round_count,
            "currentRound": item.round_count + 1 if in_round else item.round_count,
            "currentRoundMonth": _month(item.round.opened) if item.round is not None else "",
            "status": item.status,
            "expiredAt": 0,
            "sharedAmount": "0",
            "leverage": item.leverage,
            "fundingFee": "0",
            "qtyLong": money(item.base),
            "qtyShort": "0",
            "amountLong": money(item.base * price),
            "amountShort": "0",
            "amountSettle": money(item.quote),
            "maintPrice": "0",
            "profitRoundCount": item.profit_rounds,
            "profitPositive": money(item.profit_positive),
        }

    def data_reply(self, bot: SmartCopyBot, now: int) -> dict[str, object]:
        """The bot's SmartCopyOrderData."""
        items = [self.item_reply(bot, item, now) for item in bot.items]
        profit = sum((self.item_profit(bot, item, now) for item in bot.items), ZERO)
        signal = self.signals.by_type.get(bot.items[0].signal_type)
        recent = sum(1 for item in bot.items for end in item.round_ends if now - DAY < end <= now)
        reply: dict[str, object] = {
            "buOrderId": bot.bot_id,
            "kolSignalId": bot.items[0].signal_type,
            "quoteTotalInvestment": money(bot.investment),
            "quoteOriginalInvestment": money(bot.investment),
            "currentQuoteAmount": money(bot.funds.held(bot.quote)),
            "initQuotePrice": money(bot.init_quote_price),
            "closedQuoteAmount": money(bot.closed_quote_amount),
            "closedQuotePrice": money(bot.closed_quote_price),
            "convertIntoEarnCoin": 1 if bot.convert_into_earn_coin else 0,
            "profit": money(profit),
            "status": "running" if bot.running else "canceled",
            "shareRatio": "0",
            "sharedProfit": "0",
            "closedSharedQuote": "0",
            "tradeType": "spot",
            "fundingFee": "0",
            "roundCount24h": recent,
            "kolName": bot.user_id,
            "kolImage": "",
            "signalName": signal.title if signal is not None else bot.signal_name,
            "market": "spot",
            "portfolio": items,
        }
        if bot.reason:
            reply["reasonBy"] = bot.reason  # absent while the bot runs
        return reply

    def order_reply(self, bot: SmartCopyBot, now: int) -> dict[str, object]:
        """The bot as SmartCopyOrderDetail (and, without its userId-free extras, as a BotOrder)."""
        return {
            "buOrderId": bot.bot_id,
            "buOrderType": BOT_TYPE,
            "userId": bot.user_id,
            "keyId": bot.key_id,
            "exchange": EXCHANGE,
            "base": bot.base,
            "quote": bot.quote,
            "status": bot.status,
            "createTime": bot.created,
            "closeTime": bot.closed or 0,
            "copyFrom": bot.copy_from,
            "copyType": bot.copy_type,
            "strategyId": "",
            "canceling": 0,
            "note": bot.note,
            "closeNote": bot.close_note,
            "customizeName": "",
            "buOrderData": self.data_reply(bot, now),
        }

    def listed_bots(self, api_key: str, status: Literal["running", "finished"]) -> list[dict[str, object]]:
        """The account's smart-copy bots of ``status`` as BotOrder entries, newest first."""
        now = self.sandbox.now()
        found = [bot for bot in self.bots.values() if bot.api_key == api_key and bot.status == status]
        found.sort(key=lambda bot: (bot.created, int(bot.bot_id)), reverse=True)
        return [
            {**self.order_reply(bot, now), "botName": "Smart Copy", "groupId": "", "copyBotOrderId": ""}
            for bot in found
        ]

    # checking

    def audit(self) -> list[str]:
        """Every bot's ledger, items that add up to what the bot holds, and finished bots that hold nothing."""
        problems: list[str] = []
        for bot in self.bots.values():
            label = f"smart copy bot {bot.bot_id}"
            problems.extend(bot.funds.audit(label))
            if not bot.running:
                held = {coin: amount for coin, amount in bot.funds.holdings.items() if amount}
                if held:
                    problems.append(f"{label} is finished but holds {held}")
                continue
            totals: dict[str, Decimal] = {}
            for item in bot.items:
                totals[bot.quote] = totals.get(bot.quote, ZERO) + item.quote
                totals[item.rules.base] = totals.get(item.rules.base, ZERO) + item.base
            for coin in sorted(set(totals) | set(bot.funds.holdings)):
                if totals.get(coin, ZERO) != bot.funds.held(coin):
                    problems.append(
                        f"{label}: its items hold {totals.get(coin, ZERO)} {coin}, the bot {bot.funds.held(coin)}"
                    )
        return problems


def _stops(item: Item, price: Decimal) -> bool:
    return item.stop_reached(price) is not None


def _month(moment: int) -> str:
    return datetime.fromtimestamp(moment // 1000, tz=UTC).strftime("%Y-%m")
