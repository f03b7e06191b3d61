"""USDT-margined perpetual futures: the futures account, positions, orders, funding, liquidation.

The rules the sandbox follows (all arithmetic in :class:`~decimal.Decimal`, amounts of USDT kept
to 8 decimal places):

* **Prices.** The *mark price* of a perpetual pair is its seeded price path (the path its book,
  trades and candles follow) at the sandbox clock.  The *index price* sits a small,
  deterministic basis below or above it: ``index = mark x (1 - basis)`` with ``basis`` within
  :data:`BASIS_AMPLITUDE`.  Both depend only on the seed and the time.
* **Accounts.** Every sandbox account has a futures account holding a USDT *wallet*.
  :meth:`Futures.transfer` moves USDT between the spot holdings (``MAIN``) and the wallet
  (``TRADE``).  The wallet changes only through transfers, realized PnL, fees, funding and
  isolated-margin moves, so ``wallet = transfers in - transfers out + realized PnL - fees +
  funding - margin held by isolated positions``, to the last decimal.
* **Positions.** One per pair in one-way mode (``BUYSELL``, position side ``BOTH``), one per
  side in hedge mode (``OPENCLOSE``, ``LONG`` and ``SHORT``).  A position keeps its signed
  size and its signed entry cost (sum of price x size of the fills that opened it), so the
  entry price is size-weighted and ``unrealized PnL = size x mark - cost``.  Reducing by ``c``
  realizes ``c x price - cost x c / |size|`` (the cost share rounded to 8 places, the whole
  remaining cost on the last close).  In one-way mode an order larger than the opposite
  position closes it and opens the rest the other way.
* **Margin.** Initial margin is ``|cost| / leverage`` (rounded up to 8 places).  Maintenance
  margin is ``|size| x mark x maintMarginRatio - quickDeduction`` of the risk tier that the
  position's notional falls in (:data:`RISK_TABLES`).  A cross position's margin stays in the
  wallet; an isolated position's margin moves from the wallet into the position when it opens
  and back (with the realized PnL) as it closes.  A resting order holds the initial margin of
  the part of it that would open a position.  New orders need that margin plus their fee from
  the *available* margin: ``wallet + min(cross unrealized PnL, 0) - cross initial margin -
  margin held by open orders``.
* **Fees.** :data:`FUTURES_FEE_RATE` of every fill's notional (maker and taker alike), in
  USDT, rounded up to 8 places, paid from the wallet.
* **Funding.** At every :data:`FUNDING_INTERVAL_MS` boundary (00:00, 08:00 and 16:00 UTC) every
  open position pays ``size x mark x rate`` (rounded to 8 places; a short with a positive rate
  receives it), from/to the wallet for cross positions and the position's margin for isolated
  ones.  ``rate = clamp(FUNDING_INTEREST + (mark - index) / index, -FUNDING_CAP, FUNDING_CAP)``
  at that time, to 8 places.  Funding and liquidation run before every request, for every
  boundary the sandbox clock has passed since the last request.
* **Liquidation.** An isolated position whose margin plus unrealized PnL falls below its
  maintenance margin, or a cross account whose wallet plus cross unrealized PnL falls below the
  cross maintenance margin, is closed at the mark price by a ``SYSTEM`` order: its open orders
  are cancelled, the close pays the pair's ``liquidationFeeRate`` of the notional (fee type
  ``LIQUIDATION``), and the position goes to the position history flagged ``TAKEOVER``.  A loss
  beyond the margin is not charged (the wallet does not go below zero).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal
from typing import TYPE_CHECKING, Literal

from .errors import ApiError, parameter_error
from .events import Journal
from .market import HOUR, Maker, Market, Side, candle_start, next_start, previous_start
from .symbols import SYMBOLS, SymbolRules, fmt

if TYPE_CHECKING:
    from .accounts import Account

FuturesType = Literal["LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY"]
PositionSide = Literal["BOTH", "LONG", "SHORT"]
PositionMode = Literal["BUYSELL", "OPENCLOSE"]
Role = Literal["TAKER", "MAKER"]

ORDER_TYPES: tuple[str, ...] = ("LIMIT", "MARKET_QTY", "IOC", "FOK", "POSTONLY")

FUTURES_FEE_RATE = Decimal("0.0005")
"""Fee of every futures fill, maker and taker alike, as a fraction of its notional (USDT)."""

FUNDING_INTERVAL_MS = 8 * HOUR
"""Funding is settled at every multiple of 8 hours since the epoch: 00:00, 08:00, 16:00 UTC."""

FUNDING_INTEREST = Decimal("0.0001")
"""The interest part of every funding rate (0.01 % per 8 hours)."""

FUNDING_CAP = Decimal("0.003")
"""Funding rates are clamped to +/- 0.3 % per 8 hours."""

BASIS_AMPLITUDE = Decimal("0.0005")
"""Largest gap between the mark and the index price, as a fraction of the mark price."""

DEFAULT_LEVERAGE = 5
"""Leverage of a pair whose leverage the account never set."""

MAX_MASS_FUTURES_ORDERS = 20

MONEY = Decimal("0.00000001")
MONEY_PLACES = 8
FUTURES_COIN = "USDT"
ZERO = Decimal(0)

CLIENT_ID = re.compile(r"[a-zA-Z0-9-]{1,64}")
_DECIMAL = re.compile(r"[0-9]{1,20}(\.[0-9]{1,20})?")

D = Decimal


@dataclass(frozen=True)
class RiskTier:
    """One row of a pair's risk table: positions up to ``notional_limit`` USDT of notional."""

    row: int
    notional_limit: Decimal
    max_leverage: int
    maint_margin_ratio: Decimal
    quick_deduction: Decimal


def _tiers(rows: Iterable[tuple[str, int, str]]) -> tuple[RiskTier, ...]:
    """Tiers from (limit, max leverage, ratio); each quick deduction keeps the margin continuous."""
    tiers: list[RiskTier] = []
    deduction, previous_limit, previous_ratio = ZERO, ZERO, ZERO
    for number, (limit, leverage, ratio) in enumerate(rows, start=1):
        deduction += previous_limit * (D(ratio) - previous_ratio)
        tiers.append(RiskTier(number, D(limit), leverage, D(ratio), deduction))
        previous_limit, previous_ratio = D(limit), D(ratio)
    return tuple(tiers)


RISK_TABLES: Mapping[str, tuple[RiskTier, ...]] = {
    "BTC_USDT_PERP": _tiers(
        [("50000", 100, "0.005"), ("250000", 50, "0.01"), ("1000000", 20, "0.025"), ("5000000", 10, "0.05")]
        + [("20000000", 5, "0.1")]
    ),
    "ETH_USDT_PERP": _tiers(
        [("25000", 75, "0.0065"), ("100000", 50, "0.01"), ("500000", 20, "0.025"), ("2000000", 10, "0.05")]
        + [("10000000", 5, "0.1")]
    ),
}
"""Risk tiers of every perpetual pair: notional limit, highest leverage, maintenance ratio."""

PERP_SYMBOLS: tuple[SymbolRules, ...] = tuple(rules for rules in SYMBOLS if rules.perp is not None)


def max_leverage(symbol: str) -> int:
    return RISK_TABLES[symbol][0].max_leverage


def tier_for(symbol: str, notional: Decimal) -> RiskTier:
    """The tier a position of ``notional`` USDT falls in (the last tier beyond every limit)."""
    tiers = RISK_TABLES[symbol]
    for tier in tiers:
        if notional <= tier.notional_limit:
            return tier
    return tiers[-1]


def notional_cap(symbol: str, leverage: int) -> Decimal:
    """The largest position notional that may be held at ``leverage``."""
    allowed = [tier.notional_limit for tier in RISK_TABLES[symbol] if tier.max_leverage >= leverage]
    return max(allowed) if allowed else ZERO


def money(value: Decimal) -> str:
    return fmt(value, MONEY_PLACES)


def up(value: Decimal) -> Decimal:
    return value.quantize(MONEY, ROUND_UP)


def even(value: Decimal) -> Decimal:
    return value.quantize(MONEY, ROUND_HALF_EVEN)


def _denied(message: str) -> ApiError:
    return ApiError(400, "TRADE_OPERATION_DENIED", message)


def _bad(message: str) -> ApiError:
    return parameter_error("TRADE", message)


def _noise(seed: int, name: str, index: int) -> Decimal:
    """A value in [-1, 1] fixed by its arguments."""
    digest = hashlib.blake2b(f"{seed}|{name}|basis|{index}".encode(), digest_size=8).digest()
    return Decimal(int.from_bytes(digest, "big") % 2_000_001 - 1_000_000).scaleb(-6)


# -- records -------------------------------------------------------------------------------


@dataclass
class FuturesOrder:
    """An order of a futures account."""

    order_id: int
    account_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    side: Side
    type: FuturesType
    position_side: PositionSide
    position_mode: PositionMode
    isolated: bool
    leverage: int
    price: Decimal | None
    orig_size: Decimal
    size: Decimal
    reduce_only: bool
    client_order_id: str | None
    create_time: int
    update_time: int
    source: Literal["API", "SYSTEM"] = "API"
    status: Literal["OPEN", "CLOSED"] = "OPEN"
    filled_size: Decimal = ZERO
    filled_amount: Decimal = ZERO
    open_remaining: Decimal = ZERO
    """Size of the order that would still open a position (its margin is held)."""
    frozen: Decimal = ZERO
    """Initial margin this order holds in the wallet."""

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    @property
    def remaining(self) -> Decimal:
        return self.size - self.filled_size

    @property
    def isolated_mode(self) -> str:
        return f"ISOLATED_{self.position_side}" if self.isolated else "CROSS"

    def reply(self) -> dict[str, object]:
        rules = self.rules
        reply: dict[str, object] = {
            "orderId": self.order_id,
            "symbol": rules.symbol,
            "type": self.type,
            "positionMode": self.position_mode,
            "isolatedMode": self.isolated_mode,
            "side": self.side,
            "positionSide": self.position_side,
        }
        if self.price is not None:
            reply["price"] = fmt(self.price, rules.quote_precision)
        reply.update(
            {
                "origSize": fmt(self.orig_size, rules.base_precision),
                "size": fmt(self.size, rules.base_precision),
                "filledSize": fmt(self.filled_size, rules.base_precision),
                "filledAmount": money(self.filled_amount),
                "status": self.status,
                "reduceOnly": self.reduce_only,
            }
        )
        if self.client_order_id is not None:
            reply["clientOrderId"] = self.client_order_id
        reply.update({"source": self.source, "createTime": self.create_time, "updateTime": self.update_time})
        return reply


@dataclass(frozen=True)
class FuturesFill:
    """One execution of a futures order."""

    fill_id: int
    order_id: int
    account_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    side: Side
    role: Role
    price: Decimal
    size: Decimal
    fee: Decimal
    fee_type: Literal["TRADING", "LIQUIDATION"]
    timestamp: int

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    def reply(self) -> dict[str, object]:
        rules = self.rules
        return {
            "id": self.fill_id,
            "orderId": self.order_id,
            "symbol": rules.symbol,
            "side": self.side,
            "role": self.role,
            "price": fmt(self.price, rules.quote_precision),
            "size": fmt(self.size, rules.base_precision),
            "fee": money(self.fee),
            "feeCoin": FUTURES_COIN,
            "feeType": self.fee_type,
            "timestamp": self.timestamp,
        }


@dataclass
class Position:
    """An open (or, in the history, a closed) position.

    ``size`` is signed (long positive) and ``cost`` the signed entry cost of that size.  The
    cumulative fields are Pionex's: buys add to ``size_long`` and subtract their cost from
    ``amount_long``, sells subtract from ``size_short`` and add to ``amount_short``, and every
    realized PnL is subtracted from ``amount_settled``.
    """

    position_id: int
    rules: SymbolRules = field(repr=False)
    key: PositionSide
    isolated: bool
    leverage: int
    create_time: int
    update_time: int
    size: Decimal = ZERO
    cost: Decimal = ZERO
    margin: Decimal = ZERO
    """Isolated margin (always zero for a cross position)."""
    size_long: Decimal = ZERO
    size_short: Decimal = ZERO
    amount_long: Decimal = ZERO
    amount_short: Decimal = ZERO
    amount_settled: Decimal = ZERO
    size_liquidated: Decimal = ZERO
    amount_liquidated: Decimal = ZERO
    realized: Decimal = ZERO
    flag: Literal["OPEN", "CLOSED", "TAKEOVER"] = "OPEN"
    long: bool = True
    """The direction the position was opened in (a one-way position that flips becomes a new one)."""

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    @property
    def side(self) -> Literal["LONG", "SHORT"]:
        return "LONG" if self.long else "SHORT"

    @property
    def isolated_mode(self) -> str:
        return f"ISOLATED_{self.key}" if self.isolated else "CROSS"

    def unrealized(self, mark: Decimal) -> Decimal:
        return self.size * mark - self.cost

    def initial_margin(self) -> Decimal:
        return up(abs(self.cost) / self.leverage)

    def maint_margin(self, mark: Decimal) -> Decimal:
        notional = abs(self.size) * mark
        tier = tier_for(self.symbol, notional)
        return up(max(notional * tier.maint_margin_ratio - tier.quick_deduction, ZERO))

    def avg_price(self) -> Decimal:
        return abs(self.cost / self.size) if self.size else ZERO


@dataclass(frozen=True)
class FundingRecord:
    symbol: str
    isolated: bool
    fee: Decimal
    rate: Decimal
    timestamp: int

    def reply(self) -> dict[str, object]:
        return {
            "symbol": self.symbol,
            "isolatedMode": "ISOLATED" if self.isolated else "CROSS",
            "fundingFee": money(self.fee),
            "fundingCoin": FUTURES_COIN,
            "timestamp": self.timestamp,
            "fundingRate": fmt(self.rate),
        }


@dataclass(frozen=True)
class Transfer:
    transfer_id: str
    from_account: str
    to_account: str
    currency: str
    amount: Decimal
    client_id: str | None
    comment: str | None
    timestamp: int

    def reply(self) -> dict[str, object]:
        reply: dict[str, object] = {
            "transferId": self.transfer_id,
            "fromAccount": self.from_account,
            "toAccount": self.to_account,
            "currency": self.currency,
            "amount": money(self.amount),
        }
        if self.client_id is not None:
            reply["clientId"] = self.client_id
        reply.update({"status": "COMPLETED", "reason": "OPENAPI"})
        if self.comment is not None:
            reply["comment"] = self.comment
        reply["timestamp"] = self.timestamp
        return reply


@dataclass
class SymbolSettings:
    leverage: int = DEFAULT_LEVERAGE
    isolated: bool = False


@dataclass
class FuturesAccount:
    """The futures side of one sandbox account."""

    api_key: str
    wallet: Decimal = ZERO
    position_mode: PositionMode = "BUYSELL"
    settings: dict[str, SymbolSettings] = field(default_factory=dict)
    positions: dict[tuple[str, PositionSide], Position] = field(default_factory=dict)
    history: list[Position] = field(default_factory=list)
    funding: list[FundingRecord] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    margin_client_ids: set[str] = field(default_factory=set)

    def setting(self, symbol: str) -> SymbolSettings:
        found = self.settings.get(symbol)
        if found is None:
            found = self.settings[symbol] = SymbolSettings()
        return found


# -- order requests ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FuturesOrderRequest:
    rules: SymbolRules
    side: Side
    type: FuturesType
    position_side: PositionSide
    size: Decimal
    price: Decimal | None
    reduce_only: bool
    client_order_id: str | None


def decimal_field(fields: Mapping[str, object], name: str, unit: Decimal, *, required: bool = False) -> Decimal | None:
    """A positive decimal string that is a whole multiple of ``unit``."""
    if name not in fields:
        if required:
            raise _bad(f"{name} is required")
        return None
    raw = fields[name]
    if not isinstance(raw, str) or _DECIMAL.fullmatch(raw) is None:
        raise _bad(f'{name} must be a decimal number written as a JSON string, such as "1.5"')
    value = Decimal(raw)
    if value <= 0:
        raise _bad(f"{name} must be greater than zero")
    if value % unit != 0:
        raise _bad(f"{name} {raw} is not a multiple of {fmt(unit)}")
    return value


def parse_futures_order(fields: Mapping[str, object], rules: SymbolRules, *, bulk: bool = False) -> FuturesOrderRequest:
    """Read one order of ``futuresPlaceOrder`` (or one item of ``futuresBatchPlaceOrders``)."""
    assert rules.perp is not None
    side = fields.get("side")
    if side not in ("BUY", "SELL"):
        raise _bad("side must be BUY or SELL")
    kind = fields.get("type")
    if bulk and kind != "LIMIT":
        raise _bad("type must be LIMIT: only LIMIT orders can be placed in bulk")
    if kind not in ORDER_TYPES:
        raise _bad(f"type must be one of {', '.join(ORDER_TYPES)}")
    position_side = fields.get("positionSide", "BOTH")
    if position_side not in ("BOTH", "LONG", "SHORT"):
        raise _bad("positionSide must be BOTH, LONG or SHORT")
    reduce_only = fields.get("reduceOnly", False)
    if not isinstance(reduce_only, bool):
        raise _bad("reduceOnly must be true or false")
    client_order_id = fields.get("clientOrderId")
    if "clientOrderId" in fields and (
        not isinstance(client_order_id, str) or CLIENT_ID.fullmatch(client_order_id) is None
    ):
        raise _bad("clientOrderId must be 1 to 64 letters, digits or hyphens")
    size = decimal_field(fields, "size", rules.perp.base_step, required=True)
    assert size is not None
    price = decimal_field(fields, "price", rules.perp.quote_step, required=kind != "MARKET_QTY")
    if kind == "MARKET_QTY" and price is not None:
        raise _bad("MARKET_QTY orders take no price")
    return FuturesOrderRequest(
        rules=rules,
        side="BUY" if side == "BUY" else "SELL",
        type=kind,  # type: ignore[arg-type]
        position_side=position_side,
        size=size,
        price=price,
        reduce_only=reduce_only,
        client_order_id=client_order_id if isinstance(client_order_id, str) else None,
    )


# -- the engine ------------------------------------------------------------------------------------


class Futures:
    """Every futures account of a sandbox, and the futures orders and fills.

    ``markets`` are the sandbox's markets (the perpetual pairs' books are shared with the
    market operations); ``take_order_id`` and ``take_fill_id`` hand out the sandbox-wide ids.
    """

    def __init__(
        self,
        *,
        seed: int,
        markets: Mapping[str, Market],
        take_order_id: Callable[[], int],
        take_fill_id: Callable[[], int],
        created_ms: int,
        journal: Journal | None = None,
    ) -> None:
        self.seed = seed
        self.journal = journal if journal is not None else Journal()
        """Where changed orders and new fills are noted for the stream channels."""
        self.markets = markets
        self.take_order_id = take_order_id
        self.take_fill_id = take_fill_id
        self.accounts: dict[str, FuturesAccount] = {}
        self.orders: dict[int, FuturesOrder] = {}
        self.fills: list[FuturesFill] = []
        self._client_ids: dict[tuple[str, str], int] = {}
        self._transfer_client_ids: set[tuple[str, str]] = set()
        self._next_position_id = 70_000_001
        self._next_transfer_id = 1
        self.settled_until = created_ms
        """Funding and liquidation have run for every moment up to this time."""

    # prices

    def mark_price(self, symbol: str, t: int) -> Decimal:
        return self.markets[symbol].path.price(t)

    def basis(self, symbol: str, t: int) -> Decimal:
        index, into = divmod(t, HOUR)
        left, right = _noise(self.seed, symbol, index), _noise(self.seed, symbol, index + 1)
        return BASIS_AMPLITUDE * (left + (right - left) * Decimal(into) / Decimal(HOUR))

    def index_price(self, symbol: str, t: int) -> Decimal:
        rules = self.markets[symbol].rules
        value = self.mark_price(symbol, t) * (1 - self.basis(symbol, t))
        return max(rules.price_step, value.quantize(rules.price_step))

    def funding_rate(self, symbol: str, t: int) -> Decimal:
        mark, index = self.mark_price(symbol, t), self.index_price(symbol, t)
        rate = FUNDING_INTEREST + (mark - index) / index
        return even(min(max(rate, -FUNDING_CAP), FUNDING_CAP))

    @staticmethod
    def next_funding_time(t: int) -> int:
        return (t // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS

    def price_candles(
        self, symbol: str, kind: Literal["index", "mark"], interval: str, end: int, limit: int
    ) -> list[dict[str, object]]:
        """Index or mark price candles, newest first, the newest containing ``end``."""
        rules = self.markets[symbol].rules
        price = self.index_price if kind == "index" else self.mark_price
        found: list[dict[str, object]] = []
        start = candle_start(interval, end)
        while len(found) < limit and start >= 0:
            stop = next_start(interval, start)
            samples = [price(symbol, start + (stop - start) * part // 4) for part in range(5)]
            found.append(
                {
                    "time": str(start),
                    "open": fmt(samples[0], rules.quote_precision),
                    "close": fmt(samples[-1], rules.quote_precision),
                    "high": fmt(max(samples), rules.quote_precision),
                    "low": fmt(min(samples), rules.quote_precision),
                }
            )
            start = previous_start(interval, start)
        return found

    def open_interest(self, symbol: str) -> Decimal:
        """A seeded base plus the long size every sandbox account holds."""
        rules = self.markets[symbol].rules
        base = rules.volume_per_minute * 2000
        held = sum(
            (
                position.size
                for account in self.accounts.values()
                for position in account.positions.values()
                if position.symbol == symbol and position.size > 0
            ),
            ZERO,
        )
        return (base + held).quantize(rules.size_step)

    # accounts

    def account(self, api_key: str) -> FuturesAccount:
        found = self.accounts.get(api_key)
        if found is None:
            found = self.accounts[api_key] = FuturesAccount(api_key)
        return found

    def _open_orders(self, api_key: str, symbol: str | None = None) -> list[FuturesOrder]:
        return [
            order
            for order in self.orders.values()
            if order.status == "OPEN" and order.account_key == api_key and (symbol is None or order.symbol == symbol)
        ]

    def order_margin(self, api_key: str) -> Decimal:
        return sum((order.frozen for order in self._open_orders(api_key)), ZERO)

    def cross_positions(self, account: FuturesAccount) -> list[Position]:
        return [position for position in account.positions.values() if not position.isolated]

    def cross_unrealized(self, account: FuturesAccount, now: int) -> Decimal:
        return sum(
            (p.unrealized(self.mark_price(p.symbol, now)) for p in self.cross_positions(account)),
            ZERO,
        )

    def cross_initial_margin(self, account: FuturesAccount) -> Decimal:
        return sum((position.initial_margin() for position in self.cross_positions(account)), ZERO)

    def available(self, account: FuturesAccount, now: int) -> Decimal:
        """What new orders, isolated margin and transfers out may use."""
        return (
            account.wallet
            + min(self.cross_unrealized(account, now), ZERO)
            - self.cross_initial_margin(account)
            - self.order_margin(account.api_key)
        )

    def held(self, account: FuturesAccount) -> Decimal:
        """What the wallet holds for cross positions and open orders (the balance's ``frozen``)."""
        return self.cross_initial_margin(account) + self.order_margin(account.api_key)

    # transfers

    def transfer(
        self,
        account: Account,
        *,
        from_account: str,
        to_account: str,
        currency: str,
        amount: Decimal,
        client_id: str | None,
        comment: str | None,
        now: int,
    ) -> Transfer:
        """Move ``amount`` between the spot holdings (MAIN) and the futures wallet (TRADE)."""
        if from_account == to_account:
            raise _bad("fromAccount and toAccount must differ")
        if currency != FUTURES_COIN:
            raise _bad(f"only {FUTURES_COIN} can be transferred to or from the futures account")
        if amount != amount.quantize(MONEY, ROUND_DOWN):
            raise _bad(f"amount has more than {MONEY_PLACES} decimal places")
        if client_id is not None and (account.api_key, client_id) in self._transfer_client_ids:
            raise _bad(f"clientId {client_id!r} is already used by another transfer of this account")
        futures = self.account(account.api_key)
        if from_account == "MAIN":
            if account.free(currency) < amount:
                raise _denied(f"insufficient balance: {money(account.free(currency))} {currency} is free in MAIN")
            account.holding(currency).free -= amount
            futures.wallet += amount
        else:
            transferable = min(self.available(futures, now), futures.wallet)
            if transferable < amount:
                raise _denied(f"insufficient balance: {money(max(transferable, ZERO))} {currency} can leave TRADE")
            futures.wallet -= amount
            account.holding(currency).free += amount
        record = Transfer(
            transfer_id=str(self._next_transfer_id),
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            client_id=client_id,
            comment=comment,
            timestamp=now,
        )
        self._next_transfer_id += 1
        if client_id is not None:
            self._transfer_client_ids.add((account.api_key, client_id))
        futures.transfers.append(record)
        return record

    def isolated_margin(
        self,
        account: Account,
        *,
        client_id: str,
        rules: SymbolRules,
        direction: str,
        isolated_mode: str,
        amount: Decimal,
        now: int,
    ) -> None:
        """Add margin to, or take margin from, an isolated position."""
        futures = self.account(account.api_key)
        if client_id in futures.margin_client_ids:
            raise _bad(f"clientId {client_id!r} is already used by another margin transfer of this account")
        key: PositionSide = "BOTH" if isolated_mode == "ISOLATED_BOTH" else "LONG"
        if isolated_mode == "ISOLATED_SHORT":
            key = "SHORT"
        position = futures.positions.get((rules.symbol, key))
        if position is None or not position.isolated:
            raise _denied(f"no {isolated_mode} position on {rules.symbol}")
        if amount != amount.quantize(MONEY, ROUND_DOWN):
            raise _bad(f"amount has more than {MONEY_PLACES} decimal places")
        if direction == "IN":
            available = self.available(futures, now)
            if amount > available:
                raise _denied(f"insufficient margin: {money(max(available, ZERO))} USDT is available")
            futures.wallet -= amount
            position.margin += amount
        else:
            spare = position.margin - position.initial_margin()
            if amount > spare:
                raise _denied(f"at most {money(max(spare, ZERO))} USDT can leave this position's margin")
            position.margin -= amount
            futures.wallet += amount
        position.update_time = now
        futures.margin_client_ids.add(client_id)

    # settings

    def set_leverage(self, account: Account, rules: SymbolRules, leverage: int, now: int) -> None:
        symbol = rules.symbol
        highest = max_leverage(symbol)
        if not 1 <= leverage <= highest:
            raise _bad(f"leverage must be between 1 and {highest} for {symbol}")
        futures = self.account(account.api_key)
        if self._open_orders(account.api_key, symbol):
            raise _denied(f"cancel the open orders on {symbol} before changing its leverage")
        positions = [p for p in futures.positions.values() if p.symbol == symbol]
        cap = notional_cap(symbol, leverage)
        for position in positions:
            if abs(position.cost) > cap:
                raise _denied(f"a position of {money(abs(position.cost))} USDT cannot use leverage {leverage}")
        before = [position.leverage for position in positions]
        for position in positions:
            position.leverage = leverage
        short = [p for p in positions if p.isolated and p.margin < p.initial_margin()]
        if short or self.available(futures, now) < 0:
            for position, old in zip(positions, before, strict=True):
                position.leverage = old
            raise _denied(f"the margin does not cover the initial margin at leverage {leverage}")
        futures.setting(symbol).leverage = leverage

    def set_position_mode(self, account: Account, mode: PositionMode) -> None:
        futures = self.account(account.api_key)
        if futures.positions or self._open_orders(account.api_key):
            raise _denied("close every position and cancel every order before changing the position mode")
        futures.position_mode = mode

    def set_isolated(self, account: Account, rules: SymbolRules, isolated: bool) -> None:
        futures = self.account(account.api_key)
        if any(p.symbol == rules.symbol for p in futures.positions.values()) or self._open_orders(
            account.api_key, rules.symbol
        ):
            raise _denied(
                f"close the positions and cancel the orders on {rules.symbol} before changing its margin mode"
            )
        futures.setting(rules.symbol).isolated = isolated

    # placing

    def _position_key(self, futures: FuturesAccount, request: FuturesOrderRequest) -> PositionSide:
        return "BOTH" if futures.position_mode == "BUYSELL" else request.position_side

    def _opening_size(self, futures: FuturesAccount, request: FuturesOrderRequest, size: Decimal) -> Decimal:
        """The part of ``size`` that would open (or add to) a position, given the position now."""
        key = self._position_key(futures, request)
        if key == "LONG":
            return size if request.side == "BUY" else ZERO
        if key == "SHORT":
            return size if request.side == "SELL" else ZERO
        position = futures.positions.get((request.rules.symbol, "BOTH"))
        held = position.size if position is not None else ZERO
        signed = size if request.side == "BUY" else -size
        if held == 0 or (held > 0) == (signed > 0):
            return size
        return max(size - abs(held), ZERO)

    def _check(
        self, account: Account, request: FuturesOrderRequest, pending: list[FuturesOrderRequest], now: int
    ) -> tuple[Decimal, Decimal, Decimal]:
        """Refuse ``request`` or return its (size, opening size, margin to hold)."""
        rules = request.rules
        perp = rules.perp
        assert perp is not None
        symbol = rules.symbol
        if perp.status != "TRADING":
            raise _denied(f"{symbol} is {perp.status}: it cannot be traded")
        futures = self.account(account.api_key)
        mode = futures.position_mode
        if mode == "BUYSELL" and request.position_side != "BOTH":
            raise _bad("positionSide must be BOTH (or left out) in one-way mode (BUYSELL)")
        if mode == "OPENCLOSE":
            if request.position_side == "BOTH":
                raise _bad("positionSide must be LONG or SHORT in hedge mode (OPENCLOSE)")
            if request.reduce_only:
                raise _bad("reduceOnly must be false in hedge mode (OPENCLOSE)")
        size = request.size
        market_order = request.type == "MARKET_QTY"
        low, high = (
            (perp.min_size_market, perp.max_size_market) if market_order else (perp.min_size_limit, perp.max_size_limit)
        )
        if size < low or size > high:
            raise _bad(f"size {fmt(size)} must be between {fmt(low)} and {fmt(high)}")
        mark = self.mark_price(symbol, now)
        price = request.price if request.price is not None else mark
        worst = mark * (1 + perp.max_impact_market) if market_order and request.side == "BUY" else price
        if request.price is not None:
            if request.side == "BUY" and price > mark * (1 + perp.max_impact_limit):
                raise _bad(f"price {fmt(price)} is more than {fmt(perp.max_impact_limit)} above the mark price")
            if request.side == "SELL" and price < mark * (1 - perp.max_impact_limit):
                raise _bad(f"price {fmt(price)} is more than {fmt(perp.max_impact_limit)} below the mark price")
        cid = request.client_order_id
        if cid is not None and (
            (account.api_key, cid) in self._client_ids or any(other.client_order_id == cid for other in pending)
        ):
            raise _bad(f"clientOrderId {cid!r} is already used by another order of this account")
        if not market_order and request.type != "IOC" and request.type != "FOK":
            resting = len(self._open_orders(account.api_key, symbol)) + sum(
                1 for other in pending if other.type == "LIMIT"
            )
            if resting >= perp.max_order_num:
                raise _denied(f"too many open orders: at most {perp.max_order_num} per symbol")
        key = self._position_key(futures, request)
        position = futures.positions.get((symbol, key))
        held = position.size if position is not None else ZERO
        closing_side = (key == "LONG" and request.side == "SELL") or (key == "SHORT" and request.side == "BUY")
        if request.reduce_only:
            opposite = held != 0 and (held > 0) != (request.side == "BUY")
            if not opposite:
                raise _denied(f"reduce-only order would not reduce the {symbol} position")
            size = min(size, abs(held))
        elif closing_side:
            closing = sum(
                (
                    order.remaining
                    for order in self._open_orders(account.api_key, symbol)
                    if order.position_side == key and order.side == request.side
                ),
                ZERO,
            )
            if size > abs(held) - closing:
                raise _denied(
                    f"the order closes {fmt(size)} of a {key} position of {fmt(abs(held))} "
                    f"({fmt(closing)} already being closed by open orders)"
                )
        opening = self._opening_size(futures, request, size)
        if opening > 0 and opening * price < perp.min_notional:
            raise _bad(f"order value {fmt(opening * price)} USDT is below the minimum {fmt(perp.min_notional)}")
        leverage = futures.setting(symbol).leverage
        if opening > 0:
            after = abs(held) * mark + opening * price
            if after > notional_cap(symbol, leverage):
                raise _denied(
                    f"a {symbol} position of {money(after)} USDT is above the risk limit "
                    f"{money(notional_cap(symbol, leverage))} of leverage {leverage}"
                )
        margin = up(opening * worst / leverage)  # a market buy may fill up to maxImpactMarket above the mark
        fee = up(size * worst * FUTURES_FEE_RATE)
        return size, opening, margin + fee

    def place(self, account: Account, request: FuturesOrderRequest, now: int) -> FuturesOrder:
        size, opening, needed = self._check(account, request, [], now)
        futures = self.account(account.api_key)
        available = self.available(futures, now)
        if needed > available:
            raise _denied(
                f"insufficient margin: the order needs {money(needed)} USDT, {money(max(available, ZERO))} is available"
            )
        return self._execute(account, request, size, opening, now)

    def place_many(self, account: Account, requests: list[FuturesOrderRequest], now: int) -> list[FuturesOrder]:
        """Check every order (their margins together), then place them in order (all or nothing)."""
        futures = self.account(account.api_key)
        available = self.available(futures, now)
        checked: list[tuple[Decimal, Decimal]] = []
        total = ZERO
        for index, request in enumerate(requests):
            try:
                size, opening, needed = self._check(account, request, requests[:index], now)
                total += needed
                if total > available:
                    raise _denied(
                        f"insufficient margin: the orders need {money(total)} USDT, "
                        f"{money(max(available, ZERO))} is available"
                    )
            except ApiError as error:
                raise ApiError(error.status, error.code, f"orders[{index}]: {error.message}") from None
            checked.append((size, opening))
        return [
            self._execute(account, request, size, opening, now)
            for request, (size, opening) in zip(requests, checked, strict=True)
        ]

    def _execute(
        self, account: Account, request: FuturesOrderRequest, size: Decimal, opening: Decimal, now: int
    ) -> FuturesOrder:
        futures = self.account(account.api_key)
        setting = futures.setting(request.rules.symbol)
        order = FuturesOrder(
            order_id=self.take_order_id(),
            account_key=account.api_key,
            rules=request.rules,
            side=request.side,
            type=request.type,
            position_side=self._position_key(futures, request),
            position_mode=futures.position_mode,
            isolated=setting.isolated,
            leverage=setting.leverage,
            price=request.price,
            orig_size=request.size,
            size=size,
            reduce_only=request.reduce_only,
            client_order_id=request.client_order_id,
            create_time=now,
            update_time=now,
            open_remaining=opening,
        )
        self.orders[order.order_id] = order
        if order.client_order_id is not None:
            self._client_ids[(account.api_key, order.client_order_id)] = order.order_id
        self._hold(order)
        market = self.markets[order.symbol]
        if order.type == "POSTONLY" and self._crosses(market, order):
            self._close(order, now)
            return order
        if order.type == "FOK" and self._fillable(market, order, now) < order.size:
            self._close(order, now)
            return order
        self._match(market, order, now)
        if order.status == "OPEN" and order.type in ("LIMIT", "POSTONLY") and order.remaining > 0:
            assert order.price is not None
            market.side(bids=order.side == "BUY").add(order.price, Maker(order.remaining, order))
            market.updated_ms = now
        elif order.status == "OPEN":
            self._close(order, now)
        self.journal.order(order)
        return order

    def _hold(self, order: FuturesOrder) -> None:
        """Hold the initial margin of the part of ``order`` that still opens a position."""
        if order.price is None or order.status != "OPEN":
            order.frozen = ZERO
            return
        order.frozen = up(order.open_remaining * order.price / order.leverage)

    def _limit_price(self, market: Market, order: FuturesOrder, now: int) -> Decimal:
        if order.price is not None:
            return order.price
        perp = market.rules.perp
        assert perp is not None
        mark = self.mark_price(order.symbol, now)
        if order.side == "BUY":
            return mark * (1 + perp.max_impact_market)
        return mark * (1 - perp.max_impact_market)

    @staticmethod
    def _crosses(market: Market, order: FuturesOrder) -> bool:
        best = market.side(bids=order.side == "SELL").best()
        assert order.price is not None
        if best is None:
            return False
        return best.price <= order.price if order.side == "BUY" else best.price >= order.price

    def _fillable(self, market: Market, order: FuturesOrder, now: int) -> Decimal:
        limit = self._limit_price(market, order, now)
        total = ZERO
        for level in market.side(bids=order.side == "SELL").top(len(market.side(bids=order.side == "SELL"))):
            if (level.price > limit) if order.side == "BUY" else (level.price < limit):
                break
            total += level.size()
            if total >= order.size:
                break
        return total

    def _match(self, market: Market, taker: FuturesOrder, now: int) -> None:
        book = market.side(bids=taker.side == "SELL")
        limit = self._limit_price(market, taker, now)
        while taker.status == "OPEN" and taker.remaining > 0:
            level = book.best()
            if level is None:
                break
            price = level.price
            if (price > limit) if taker.side == "BUY" else (price < limit):
                break
            maker = level.makers[0]
            size = min(maker.size, taker.remaining)
            maker_order = maker.order
            self._settle(taker, "TAKER", price, size, now)
            if isinstance(maker_order, FuturesOrder):
                self._settle(maker_order, "MAKER", price, size, now)
            maker.size -= size
            if maker.size <= 0 and maker in level.makers:
                level.makers.remove(maker)
                if isinstance(maker_order, FuturesOrder) and maker_order.status == "OPEN":
                    self._close(maker_order, now)
            if not level.makers:
                book.discard(price)
            market.record_trade(price, size, taker.side, now)
            market.updated_ms = now

    def _settle(self, order: FuturesOrder, role: Role, price: Decimal, size: Decimal, now: int) -> None:
        """Book one execution of ``order``: position, realized PnL, margin, fee and the fill."""
        futures = self.account(order.account_key)
        fee = up(price * size * FUTURES_FEE_RATE)
        futures.wallet -= fee
        signed = size if order.side == "BUY" else -size
        opened = self._trade(futures, order, signed, price, now)
        order.filled_size += size
        order.filled_amount += price * size
        order.open_remaining = max(order.open_remaining - opened, ZERO)
        order.update_time = now
        self._hold(order)
        self.journal.order(order)
        fill = FuturesFill(
            fill_id=self.take_fill_id(),
            order_id=order.order_id,
            account_key=order.account_key,
            rules=order.rules,
            side=order.side,
            role=role,
            price=price,
            size=size,
            fee=fee,
            fee_type="TRADING",
            timestamp=now,
        )
        self.fills.append(fill)
        self.journal.fill(fill)
        self._trim_reduce_only(futures, order.symbol, now)

    def _trade(
        self, futures: FuturesAccount, order: FuturesOrder, signed: Decimal, price: Decimal, now: int
    ) -> Decimal:
        """Apply a signed fill to the order's position; the size it opened."""
        key: PositionSide = order.position_side
        symbol = order.symbol
        position = futures.positions.get((symbol, key))
        closing = ZERO
        if position is not None and position.size != 0 and (position.size > 0) != (signed > 0):
            closing = min(abs(signed), abs(position.size))
            self._reduce(futures, position, closing, price, now)
        rest = abs(signed) - closing
        if key != "BOTH" and (key == "LONG") != (signed > 0):
            rest = ZERO  # a hedge-mode close never opens the other side (placement keeps it within the position)
        if rest > 0:
            position = futures.positions.get((symbol, key))
            if position is None:
                position = Position(
                    position_id=self._next_position_id,
                    rules=order.rules,
                    key=key,
                    isolated=order.isolated,
                    leverage=futures.setting(symbol).leverage,
                    create_time=now,
                    update_time=now,
                    long=signed > 0,
                )
                self._next_position_id += 1
                futures.positions[(symbol, key)] = position
            direction = 1 if signed > 0 else -1
            position.size += direction * rest
            position.cost += direction * rest * price
            if direction > 0:
                position.size_long += rest
                position.amount_long -= rest * price
            else:
                position.size_short -= rest
                position.amount_short += rest * price
            if position.isolated:
                moved = up(rest * price / position.leverage)
                futures.wallet -= moved
                position.margin += moved
            position.update_time = now
        return rest

    def _reduce(self, futures: FuturesAccount, position: Position, closing: Decimal, price: Decimal, now: int) -> None:
        """Close ``closing`` of ``position`` at ``price``: realize the PnL and release margin."""
        whole = closing == abs(position.size)
        share = position.cost if whole else even(position.cost * closing / abs(position.size))
        released = position.margin if whole else even(position.margin * closing / abs(position.size))
        direction = -1 if position.size > 0 else 1  # the fill's direction
        realized = -direction * closing * price - share
        position.size += direction * closing
        position.cost -= share
        if direction > 0:
            position.size_long += closing
            position.amount_long -= closing * price
        else:
            position.size_short -= closing
            position.amount_short += closing * price
        position.amount_settled -= realized
        position.realized += realized
        position.margin -= released
        futures.wallet += realized + released
        position.update_time = now
        if position.size == 0:
            self._retire(futures, position, "CLOSED")

    @staticmethod
    def _retire(futures: FuturesAccount, position: Position, flag: Literal["CLOSED", "TAKEOVER"]) -> None:
        position.flag = flag
        del futures.positions[(position.symbol, position.key)]
        futures.history.append(position)

    def _trim_reduce_only(self, futures: FuturesAccount, symbol: str, now: int) -> None:
        """Shrink resting reduce-only orders to what the position still allows them to close."""
        position = futures.positions.get((symbol, "BOTH"))
        held = position.size if position is not None else ZERO
        for order in self._open_orders(futures.api_key, symbol):
            if not order.reduce_only:
                continue
            opposite = held != 0 and (held > 0) != (order.side == "BUY")
            allowed = abs(held) if opposite else ZERO
            if order.remaining <= allowed:
                continue
            order.size = order.filled_size + allowed
            order.update_time = now
            self.journal.order(order)
            if allowed == 0:
                self._cancel(order, now)
                continue
            level = self.markets[symbol].side(bids=order.side == "BUY").level(order.price) if order.price else None
            for maker in level.makers if level is not None else []:
                if maker.order is order:
                    maker.size = allowed

    def _close(self, order: FuturesOrder, now: int) -> None:
        order.status = "CLOSED"
        order.frozen = ZERO
        order.update_time = now
        self.journal.order(order)

    def _cancel(self, order: FuturesOrder, now: int) -> None:
        if order.price is not None:
            market = self.markets[order.symbol]
            market.side(bids=order.side == "BUY").remove_order(order, order.price)
            market.updated_ms = now
        self._close(order, now)

    # cancelling

    def cancel(self, account: Account, rules: SymbolRules, order_id: int, now: int) -> None:
        order = self.find_order(account, order_id)
        if order is None or order.symbol != rules.symbol:
            raise ApiError(400, "TRADE_ORDER_NOT_FOUND", f"no futures order {order_id} on {rules.symbol}")
        if order.status != "OPEN":
            raise _denied(f"order {order_id} is already closed")
        self._cancel(order, now)

    def cancel_all(self, account: Account, rules: SymbolRules, now: int) -> None:
        for order in self._open_orders(account.api_key, rules.symbol):
            self._cancel(order, now)

    # funding and liquidation

    def catch_up(self, now: int) -> None:
        """Settle every funding time passed since the last call, then liquidate what must be."""
        if now <= self.settled_until:
            if now == self.settled_until:
                self._liquidate_all(now)
            return
        if any(account.positions for account in self.accounts.values()):
            moment = self.next_funding_time(self.settled_until)
            while moment <= now:
                self._liquidate_all(moment)
                self._fund(moment)
                moment += FUNDING_INTERVAL_MS
        self.settled_until = now
        self._liquidate_all(now)

    def _fund(self, moment: int) -> None:
        rates: dict[str, tuple[Decimal, Decimal]] = {}
        for futures in self.accounts.values():
            for position in list(futures.positions.values()):
                symbol = position.symbol
                if symbol not in rates:
                    rates[symbol] = (self.mark_price(symbol, moment), self.funding_rate(symbol, moment))
                mark, rate = rates[symbol]
                fee = -even(position.size * mark * rate)
                if position.isolated:
                    position.margin += fee
                else:
                    futures.wallet += fee
                futures.funding.append(FundingRecord(symbol, position.isolated, fee, rate, moment))

    def _liquidate_all(self, moment: int) -> None:
        for futures in self.accounts.values():
            if not futures.positions:
                continue
            for position in list(futures.positions.values()):
                if position.isolated:
                    mark = self.mark_price(position.symbol, moment)
                    if position.margin + position.unrealized(mark) < position.maint_margin(mark):
                        self._liquidate(futures, [position], moment)
            cross = self.cross_positions(futures)
            if cross:
                marks = {p.symbol: self.mark_price(p.symbol, moment) for p in cross}
                equity = futures.wallet + sum((p.unrealized(marks[p.symbol]) for p in cross), ZERO)
                maint = sum((p.maint_margin(marks[p.symbol]) for p in cross), ZERO)
                if equity < maint:
                    self._liquidate(futures, cross, moment)

    def _liquidate(self, futures: FuturesAccount, positions: list[Position], moment: int) -> None:
        symbols = {position.symbol for position in positions}
        for order in self._open_orders(futures.api_key):
            if order.symbol in symbols:
                self._cancel(order, moment)
        for position in positions:
            rules = position.rules
            assert rules.perp is not None
            mark = self.mark_price(position.symbol, moment)
            size = abs(position.size)
            side: Side = "SELL" if position.size > 0 else "BUY"
            order = FuturesOrder(
                order_id=self.take_order_id(),
                account_key=futures.api_key,
                rules=rules,
                side=side,
                type="MARKET_QTY",
                position_side=position.key,
                position_mode=futures.position_mode,
                isolated=position.isolated,
                leverage=position.leverage,
                price=None,
                orig_size=size,
                size=size,
                reduce_only=futures.position_mode == "BUYSELL",
                client_order_id=None,
                create_time=moment,
                update_time=moment,
                source="SYSTEM",
                status="CLOSED",
                filled_size=size,
                filled_amount=size * mark,
            )
            self.orders[order.order_id] = order
            self.journal.order(order)
            fee = up(size * mark * rules.perp.liquidation_fee_rate)
            realized = position.unrealized(mark)
            fill = FuturesFill(
                fill_id=self.take_fill_id(),
                order_id=order.order_id,
                account_key=futures.api_key,
                rules=rules,
                side=side,
                role="TAKER",
                price=mark,
                size=size,
                fee=fee,
                fee_type="LIQUIDATION",
                timestamp=moment,
            )
            self.fills.append(fill)
            self.journal.fill(fill)
            position.size_liquidated -= position.size
            position.amount_liquidated += position.size * mark
            position.amount_settled -= realized
            position.realized += realized
            if position.isolated:
                futures.wallet += max(position.margin + realized - fee, ZERO)
            else:
                futures.wallet += realized - fee
            position.size = ZERO
            position.cost = ZERO
            position.margin = ZERO
            position.update_time = moment
            self._retire(futures, position, "TAKEOVER")
        futures.wallet = max(futures.wallet, ZERO)

    # reading

    def find_order(self, account: Account, order_id: int) -> FuturesOrder | None:
        order = self.orders.get(order_id)
        return order if order is not None and order.account_key == account.api_key else None

    def find_by_client_id(self, account: Account, client_order_id: str) -> FuturesOrder | None:
        order_id = self._client_ids.get((account.api_key, client_order_id))
        return self.orders[order_id] if order_id is not None else None

    def open_orders(self, account: Account, symbol: str | None, end: int | None, limit: int) -> list[FuturesOrder]:
        found = [
            order
            for order in reversed(self.orders.values())
            if order.status == "OPEN"
            and order.account_key == account.api_key
            and (symbol is None or order.symbol == symbol)
            and (end is None or order.create_time < end)
        ]
        return found[:limit]

    def history_orders(
        self, account: Account, symbol: str | None, start: int | None, end: int | None, limit: int
    ) -> list[FuturesOrder]:
        found = [
            order
            for order in self.orders.values()
            if order.status == "CLOSED"
            and order.account_key == account.api_key
            and (symbol is None or order.symbol == symbol)
            and (start is None or order.create_time >= start)
            and (end is None or order.create_time <= end)
        ]
        found.sort(key=lambda order: (order.create_time, order.order_id), reverse=True)
        return found[:limit]

    def account_fills(
        self, account: Account, symbol: str, start: int | None, end: int | None, limit: int
    ) -> list[FuturesFill]:
        found = [
            fill
            for fill in reversed(self.fills)
            if fill.account_key == account.api_key
            and fill.symbol == symbol
            and (start is None or fill.timestamp >= start)
            and (end is None or fill.timestamp <= end)
        ]
        return found[:limit]

    def order_fills(self, account: Account, order_id: int, from_id: int | None, limit: int) -> list[FuturesFill]:
        found = [
            fill
            for fill in reversed(self.fills)
            if fill.order_id == order_id
            and fill.account_key == account.api_key
            and (from_id is None or fill.fill_id < from_id)
        ]
        return found[:limit]

    # replies

    def _liquidation_price(self, futures: FuturesAccount, position: Position, now: int) -> Decimal:
        """Where the mark price would liquidate ``position`` if nothing else moved (0 when never)."""
        mark = self.mark_price(position.symbol, now)
        tier = tier_for(position.symbol, abs(position.size) * mark)
        if position.isolated:
            cushion = position.margin
        else:
            others = [p for p in self.cross_positions(futures) if p is not position]
            cushion = futures.wallet + sum(
                (
                    p.unrealized(self.mark_price(p.symbol, now)) - p.maint_margin(self.mark_price(p.symbol, now))
                    for p in others
                ),
                ZERO,
            )
        denominator = position.size - abs(position.size) * tier.maint_margin_ratio
        if denominator == 0:
            return ZERO
        price = (position.cost - cushion - tier.quick_deduction) / denominator
        return max(price, ZERO).quantize(position.rules.price_step)

    def position_reply(
        self, futures: FuturesAccount, position: Position, now: int, *, detail: bool = False
    ) -> dict[str, object]:
        rules = position.rules
        mark = self.mark_price(position.symbol, now)
        reply: dict[str, object] = {
            "positionId": str(position.position_id),
            "symbol": position.symbol,
            "isolatedMode": position.isolated_mode,
            "riskState": "NORMAL",
            "positionSide": position.side,
            "netSize": fmt(position.size, rules.base_precision),
            "avgPrice": money(position.avg_price()),
            "unrealizedPnL": money(position.unrealized(mark)),
            "sizeLong": fmt(position.size_long, rules.base_precision),
            "sizeShort": fmt(position.size_short, rules.base_precision),
            "amountLong": money(position.amount_long),
            "amountShort": money(position.amount_short),
            "amountSettled": money(position.amount_settled),
            "markPrice": fmt(mark, rules.quote_precision),
            "initialMargin": money(position.initial_margin()),
            "maintMargin": money(position.maint_margin(mark)),
            "liquidationPrice": fmt(self._liquidation_price(futures, position, now), rules.quote_precision),
            "leverage": str(position.leverage),
            "sizeLiquidated": fmt(position.size_liquidated, rules.base_precision),
            "amountLiquidated": money(position.amount_liquidated),
        }
        if detail:
            reply["createdTime"] = position.create_time
            reply["updatedTime"] = position.update_time
            if position.isolated:
                reply["balances"] = [
                    {
                        "totalInitialMargin": money(position.initial_margin()),
                        "transferable": money(max(position.margin - position.initial_margin(), ZERO)),
                        "coin": FUTURES_COIN,
                        "free": money(position.margin),
                        "frozen": money(ZERO),
                        "debts": money(ZERO),
                    }
                ]
        else:
            reply["createTime"] = position.create_time
            reply["updateTime"] = position.update_time
        return reply

    @staticmethod
    def history_reply(position: Position) -> dict[str, object]:
        rules = position.rules
        taken = -position.size_liquidated if position.flag == "TAKEOVER" else ZERO
        return {
            "positionId": str(position.position_id),
            "symbol": position.symbol,
            "isolatedMode": position.isolated_mode,
            "positionSide": position.side,
            "sizeLong": fmt(position.size_long, rules.base_precision),
            "sizeShort": fmt(position.size_short, rules.base_precision),
            "amountLong": money(position.amount_long),
            "amountShort": money(position.amount_short),
            "amountSettled": money(position.amount_settled),
            "leverage": str(position.leverage),
            "sizeLiquidated": fmt(position.size_liquidated, rules.base_precision),
            "amountLiquidated": money(position.amount_liquidated),
            "sizeTakeover": fmt(abs(taken), rules.base_precision),
            "createTime": position.create_time,
            "updateTime": position.update_time,
        }

    def balance_split(self, futures: FuturesAccount) -> tuple[Decimal, Decimal, Decimal]:
        """(free, frozen, debts) of the wallet: free + frozen - debts == wallet."""
        positive = max(futures.wallet, ZERO)
        frozen = min(self.held(futures), positive)
        return positive - frozen, frozen, max(-futures.wallet, ZERO)

    def balances_reply(self, account: Account) -> dict[str, object]:
        futures = self.account(account.api_key)
        free, frozen, debts = self.balance_split(futures)
        isolates = [
            {
                "symbol": position.symbol,
                "isolatedMode": position.isolated_mode,
                "balances": [
                    {"coin": FUTURES_COIN, "free": money(position.margin), "frozen": money(ZERO), "debts": money(ZERO)}
                ],
            }
            for position in futures.positions.values()
            if position.isolated
        ]
        return {
            "balances": [{"coin": FUTURES_COIN, "free": money(free), "frozen": money(frozen), "debts": money(debts)}],
            "isolates": isolates,
        }

    def detail_reply(self, account: Account, now: int) -> dict[str, object]:
        futures = self.account(account.api_key)
        free, frozen, debts = self.balance_split(futures)
        balances: list[dict[str, object]] = []
        if futures.wallet != 0 or futures.positions:
            available = self.available(futures, now)
            balances.append(
                {
                    "coin": FUTURES_COIN,
                    "assets": money(free + frozen),
                    "free": money(free),
                    "frozen": money(frozen),
                    "transferable": money(max(min(available, futures.wallet), ZERO)),
                    "available": money(max(available, ZERO)),
                    "unrealizedPnL": money(self.cross_unrealized(futures, now)),
                    "totalInitialMargin": money(self.cross_initial_margin(futures)),
                    "debts": money(debts),
                }
            )
        return {
            "quoteRisks": [{"quote": FUTURES_COIN, "riskState": "NORMAL"}],
            "balances": balances,
            "positions": [
                self.position_reply(futures, position, now, detail=True) for position in futures.positions.values()
            ],
        }

    # checking

    def audit(self) -> list[str]:
        """Inconsistencies of the futures books (an empty list when all is well)."""
        problems: list[str] = []
        for order in self.orders.values():
            if order.status == "OPEN":
                if order.price is None:
                    problems.append(f"market order {order.order_id} is still open")
                    continue
                level = self.markets[order.symbol].side(bids=order.side == "BUY").level(order.price)
                resting = [maker.size for maker in level.makers if maker.order is order] if level else []
                if resting != [order.remaining]:
                    problems.append(f"futures order {order.order_id} rests as {resting}, expected [{order.remaining}]")
            elif order.frozen:
                problems.append(f"closed futures order {order.order_id} still holds {order.frozen}")
        for futures in self.accounts.values():
            if futures.wallet < 0:
                problems.append(f"futures wallet of {futures.api_key} is negative: {futures.wallet}")
            for (symbol, key), position in futures.positions.items():
                if position.size == 0 or position.symbol != symbol or position.key != key:
                    problems.append(f"position {position.position_id} is misfiled")
                if (key == "LONG" and position.size < 0) or (key == "SHORT" and position.size > 0):
                    problems.append(f"position {position.position_id} has the wrong sign")
                if position.amount_long + position.amount_short + position.amount_settled != -position.cost:
                    problems.append(f"position {position.position_id} amounts do not add up")
        return problems
