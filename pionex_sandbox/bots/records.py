"""What the sandbox keeps of a grid bot: its parameters, grid, money, stops and history.

:class:`GridBot` is what a spot grid and a futures grid share; :class:`SpotGrid` and
:class:`FuturesGrid` add their own state (the behaviour is in :mod:`.spot_grid` and
:mod:`.futures_grid`, the clock's part in :mod:`.engine`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..core.ledger import Funds
from ..symbols import SymbolRules
from .grid import ZERO, GridType, Side, fee_of

StopKind = Literal["loss", "profit"]
StopType = Literal["price", "profit_amount", "profit_ratio", "price_limit"]
STOP_TYPES: tuple[StopType, ...] = ("price", "profit_amount", "profit_ratio")
"""A spot grid's stop types."""
FUTURES_STOP_TYPES: tuple[StopType, ...] = (*STOP_TYPES, "price_limit")
"""A futures grid's stop types: ``price_limit`` also, a price trigger that closes with a limit order."""
PRICE_STOP_TYPES: tuple[StopType, ...] = ("price", "price_limit")
"""The stop types whose threshold is a price the market reaches."""

CloseSellModel = Literal["NOT_SELL", "TO_QUOTE", "TO_USDT"]
SPOT_CLOSE_SELL_MODELS: tuple[CloseSellModel, ...] = ("NOT_SELL", "TO_QUOTE", "TO_USDT")
FUTURES_CLOSE_SELL_MODELS: tuple[CloseSellModel, ...] = ("TO_QUOTE", "TO_USDT")

Trend = Literal["long", "short", "no_trend"]
TRENDS: tuple[Trend, ...] = ("long", "short", "no_trend")

FillKind = Literal["grid", "market", "limit", "liquidation"]

CloseOrderType = Literal["market", "limit", "limit_high"]
"""How a futures grid's position is closed: at the market, or by a ``price_limit`` stop's limit order
(``limit_high``: a neutral grid's upper stop-loss)."""

SPOT_STATES = ("prepare", "lock_currency", "init_grid", "running", "destroy_grid", "unlock_currency", "canceled")
"""The spot grid's states as Pionex lists them; the sandbox uses ``lock_currency`` (investment locked,
waiting for the trigger price), ``running`` and ``canceled``: the others pass within one request."""

FUTURES_STATES = (
    "prepare",
    "lock_currency",
    "condition_lock",
    "open_position",
    "init_grid",
    "running",
    "destroy_grid",
    "close_position",
    "unlock_currency",
    "canceled",
    "adjust_params",
    "adjust_params_open_position",
    "adjust_params_init_grid",
    "pre_pause",
    "pausing",
    "paused",
    "pre_resume",
    "resuming",
)
"""The futures grid's 18 states; the sandbox uses ``condition_lock`` (waiting for the trigger
price), ``running``, ``close_position`` (a ``price_limit`` stop fired: the grid no longer trades and
its position waits for the stop's limit order to fill) and ``canceled``: the others pass within one
request."""


@dataclass(frozen=True)
class BotFill:
    """One trade of a bot: a grid order filled, a market trade (opening, adjusting, closing), a
    ``price_limit`` stop's limit order filled, or a liquidation."""

    time: int
    side: Side
    price: Decimal
    size: Decimal
    fee: Decimal
    kind: FillKind
    index: int | None = None
    """The interval of a grid fill."""


@dataclass
class Stop:
    """A take-profit or stop-loss: its type, threshold and delay, and since when it holds.

    A ``price_limit`` stop's ``value`` is its trigger price (held like a ``price`` stop's); once it
    fires, the position is closed by a limit order at ``limit``.
    """

    kind: StopKind
    type: StopType
    value: Decimal
    delay_ms: int = 0
    above: bool = False
    """For a price stop: whether it fires when the price rises to it (else when it falls to it)."""
    since: int | None = None
    """The first moment of the current run of moments at which the condition held."""
    high: bool = False
    """A neutral futures grid's upper stop-loss (``lossStopHigh``)."""
    limit: Decimal | None = None
    """For a ``price_limit`` stop: the price of the limit order that closes the position."""

    def holds(self, price: Decimal, profit: Decimal, investment: Decimal) -> bool:
        """Whether the condition holds at ``price`` with total ``profit`` on ``investment``."""
        if self.type in PRICE_STOP_TYPES:
            return price >= self.value if self.above else price <= self.value
        measure = profit if self.type == "profit_amount" else profit / investment
        return measure <= self.value if self.kind == "loss" else measure >= self.value


@dataclass(kw_only=True)
class GridBot:
    """What every grid bot has."""

    bu_order_id: str
    api_key: str = field(repr=False)
    rules: SymbolRules = field(repr=False)
    create_time: int
    top: Decimal
    bottom: Decimal
    rows: int
    grid_type: GridType
    levels: list[Decimal] = field(repr=False)
    investment: Decimal
    """The quote coin invested so far (create, then every investIn / adjustment that adds some)."""
    funds: Funds = field(default_factory=Funds, repr=False)
    status: str = "running"
    volume: Decimal = ZERO
    """The grid's volume per grid (base coin): ``perVolume``."""
    selling: list[bool] = field(default_factory=list, repr=False)
    """For each interval, whether it waits to sell at its upper level (else to buy at its lower one)."""
    open_price: Decimal | None = None
    """The price when the grid was laid out (None while it waits for its trigger)."""
    last_price: Decimal = ZERO
    """The price at the last moment the bot was brought to."""
    moved_to: int = 0
    """The last moment the bot was brought to."""
    close_time: int | None = None
    reason_by: str | None = None
    stops: list[Stop] = field(default_factory=list)
    condition: Decimal | None = None
    condition_direction: str | None = None
    slippage: Decimal | None = None
    close_sell_model: CloseSellModel = "NOT_SELL"
    grid_profit: Decimal = ZERO
    """Every completed interval's grid profit, since the bot started (extracted profit included)."""
    fees: Decimal = ZERO
    """Every fee the bot paid (quote coin)."""
    fills: list[BotFill] = field(default_factory=list, repr=False)
    note: str | None = None
    update_time: int = 0

    @property
    def symbol(self) -> str:
        return self.rules.symbol

    @property
    def waiting(self) -> bool:
        """Whether the bot waits for its trigger price (its investment is locked)."""
        return self.open_price is None and self.close_time is None

    @property
    def active(self) -> bool:
        return self.close_time is None

    def stop(self, kind: StopKind, *, high: bool = False) -> Stop | None:
        return next((stop for stop in self.stops if stop.kind == kind and stop.high == high), None)


@dataclass(kw_only=True)
class SpotGrid(GridBot):
    """A spot grid: it holds the pair's base and quote coins."""

    profit_withdrawn: Decimal = ZERO
    transfers: list[ProfitTransfer] = field(default_factory=list, repr=False)
    close_sell_model: CloseSellModel = "NOT_SELL"
    final_profit: Decimal | None = None
    """Total profit when the bot stopped (its base valued at that moment's price when not sold)."""
    laid_out: tuple[Decimal, Decimal] = (ZERO, ZERO)
    """(base held, quote its waiting buys need) when the grid was last laid out."""
    close_quote_price: Decimal | None = None
    """For a TO_USDT close of a pair whose quote is not USDT: the price the quote coin was sold at."""

    @property
    def base(self) -> str:
        return self.rules.base

    @property
    def quote(self) -> str:
        return self.rules.quote

    def value(self, price: Decimal) -> Decimal:
        """What the bot holds, in the quote coin, at ``price``."""
        return self.funds.held(self.quote) + self.funds.held(self.base) * price

    def profit(self, price: Decimal) -> Decimal:
        """Total profit at ``price``: what it holds and has paid out, less what was invested (final once stopped)."""
        if self.final_profit is not None:
            return self.final_profit
        return self.value(price) + self.profit_withdrawn - self.investment

    def reserved(self, rate: Decimal) -> Decimal:
        """The quote coin the grid's waiting buys need (price x volume plus the fee, each)."""
        return sum(
            (
                self.volume * self.levels[index] + fee_of(self.volume * self.levels[index], rate)
                for index, selling in enumerate(self.selling)
                if not selling
            ),
            ZERO,
        )


@dataclass(frozen=True)
class ProfitTransfer:
    """Grid profit taken out of a spot grid into the spot account."""

    transfer_id: str
    coin: str
    amount: Decimal
    time: int


@dataclass(kw_only=True)
class InvestTrigger:
    """An investment (or a reduction) a futures grid makes when the price reaches ``condition``."""

    condition: Decimal
    direction: str
    add_time: int
    quote_investment: Decimal | None = None
    extra_margin: Decimal | None = None
    reduce_num: int | None = None


@dataclass(kw_only=True)
class FuturesGrid(GridBot):
    """A futures grid on a perpetual pair: its own position, margin and realised PnL, in USDT."""

    trend: Trend
    leverage: int
    extra_margin: Decimal = ZERO
    """Extra margin put in (a buffer against liquidation, not used to size the grid)."""
    size: Decimal = ZERO
    """The position's signed size (long positive)."""
    cost: Decimal = ZERO
    """The position's signed entry cost (size x entry price, summed over what opened it)."""
    realized: Decimal = ZERO
    """Realised PnL of every reduction of the position (grid fills, reduce, close)."""
    funding: Decimal = ZERO
    """Funding paid (negative) or received (positive)."""
    profit_reduce: Decimal = ZERO
    """Realised PnL of the reductions asked for with ``reduce``."""
    long_intervals: list[bool] = field(default_factory=list, repr=False)
    """For each interval, whether it is a long one (opens by buying) or a short one (opens by selling)."""
    liquidation_fee: Decimal = ZERO
    liquidated: bool = False
    close_sell_model: CloseSellModel = "TO_QUOTE"
    closed_size: Decimal = ZERO
    """The size closed at the market when the bot stopped."""
    released: Decimal = ZERO
    """The USDT given back to the futures account when the bot stopped."""
    invest_in_triggers: list[InvestTrigger] = field(default_factory=list)
    invest_out_triggers: list[InvestTrigger] = field(default_factory=list)
    closing: Stop | None = None
    """The ``price_limit`` stop that fired, while its limit order waits to close the position."""
    close_order_type: CloseOrderType = "market"

    @property
    def coin(self) -> str:
        return self.rules.quote

    @property
    def total_investment(self) -> Decimal:
        return self.investment + self.extra_margin

    def unrealized(self, price: Decimal) -> Decimal:
        return self.size * price - self.cost

    def equity(self, price: Decimal) -> Decimal:
        return self.funds.held(self.coin) + self.unrealized(price)

    def profit(self, price: Decimal) -> Decimal:
        """Total profit at ``price``: equity less everything invested (extra margin included)."""
        return self.equity(price) - self.total_investment

    def entry_price(self) -> Decimal:
        return abs(self.cost / self.size) if self.size else ZERO
