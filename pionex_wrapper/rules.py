"""A pair's trading rules, read from ``getSymbols``: rounding to them, and checking orders before sending.

    rules = client.rules()                          # every spot and perpetual pair, cached
    btc = rules["BTC_USDT"]
    price = btc.round_price("30000.123456")         # Decimal("30000.12"), rounded down
    size = btc.round_size("0.0012345", direction="up")

Once a client has its rules (``client.rules()``, or ``Pionex(market_rules=...)``), every order
operation is checked against them before anything is sent: the spec marks which inputs the rules
govern with ``x-pionex-rule`` (``symbol``, ``side``, ``type``, ``price``, ``size``, ``amount``;
the items of a bulk placement are orders on the request's ``symbol``), and a refusal is an
:class:`~pionex_wrapper.errors.InvalidParameterError` naming the input (``orders[2].price``) and
the rule.

What each rule is, from the fields of ``SymbolInfo`` (``getSymbols``):

=====================  ==========================================  =======================================
rule                   spot pair                                   perpetual pair (``type=PERP``)
=====================  ==========================================  =======================================
price step             ``quotePrecision`` decimals                 ``quoteStep`` (else ``quotePrecision``)
size step              ``basePrecision`` decimals                  ``baseStep`` (else ``basePrecision``)
amount step            ``amountPrecision`` (MARKET BUY amount)     (no amount input)
LIMIT size range       ``minTradeSize`` .. ``maxTradeSize``        ``minSizeLimit`` .. ``maxSizeLimit``
MARKET size range      ``minTradeDumping`` .. ``maxTradeDumping``  ``minSizeMarket`` .. ``maxSizeMarket``
                       (MARKET SELL)                               (MARKET_QTY)
minimum order value    ``minAmount``: price x size of a LIMIT      ``minNotional``: kept, not checked
                       order, and a MARKET BUY's amount            (see below)
=====================  ==========================================  =======================================

Not checked before sending, because the client cannot know what the exchange will compare them
with: a perpetual order's ``minNotional`` (Pionex applies it to the part of an order that opens
or grows a position, so a closing order may be smaller), a spot MARKET SELL's value (its price
is the book's), ``buyCeiling``/``sellFloor`` and ``maxImpactLimit``/``maxImpactMarket``
(multiples of the last or mark price), and whether the pair is tradable now (``enable``,
``status``: they change, and cached rules would refuse a pair that came back).  The exchange
still refuses those.

Numbers are exact: values are ``Decimal``, ``int`` or plain decimal strings (never floats), and
every result is a ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Context, Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, get_args, overload

from .errors import InvalidParameterError
from .params import MAX_DIGITS, PLAIN_DECIMAL

if TYPE_CHECKING:
    from pionex_client.facade.common import SymbolInfo

    from .operation import Money, Operation

T = TypeVar("T")

Rounding = Literal["down", "up", "nearest"]
"""How a value is brought onto a pair's step: ``down`` (toward zero, the default: never more than
you asked for), ``up`` (away from zero), ``nearest`` (a tie goes up)."""

ROUNDINGS: Final[tuple[str, ...]] = get_args(Rounding)

ORDER_INPUTS: Final = ("price", "size", "amount")
"""The ``x-pionex-rule`` values of an order's numbers; ``side`` and ``type`` say which limits apply."""

_SOURCES: Final[dict[str, dict[str, str]]] = {
    "SPOT": {
        "price": "quotePrecision",
        "size": "basePrecision",
        "amount": "amountPrecision",
        "min_size": "minTradeSize",
        "max_size": "maxTradeSize",
        "min_market_size": "minTradeDumping",
        "max_market_size": "maxTradeDumping",
        "min_notional": "minAmount",
    },
    "PERP": {
        "price": "quoteStep",
        "size": "baseStep",
        "amount": "amountPrecision",
        "min_size": "minSizeLimit",
        "max_size": "maxSizeLimit",
        "min_market_size": "minSizeMarket",
        "max_market_size": "maxSizeMarket",
        "min_notional": "minNotional",
    },
}
"""The ``SymbolInfo`` field each rule comes from, named in refusals."""


def _plain(value: Decimal) -> str:
    """A decimal as written plainly, without an exponent (``1E-8`` -> ``0.00000001``)."""
    return format(value, "f")


def _decimals(value: Decimal) -> int:
    """How many decimal places a value needs (trailing zeros do not count)."""
    _, _, fraction = _plain(value).partition(".")
    return len(fraction.rstrip("0"))


def _exact(value: object, name: str) -> Decimal:
    """A non-negative exact number: a Decimal, an int or a plain decimal string."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        hint = " (floats are inexact: pass a str or Decimal)" if isinstance(value, float) else ""
        raise InvalidParameterError(name, f"must be a Decimal, int or decimal string, not {type(value).__name__}{hint}")
    if isinstance(value, str) and PLAIN_DECIMAL.fullmatch(value) is None:
        raise InvalidParameterError(
            name, f"must be a decimal number in plain notation such as 20000 or 0.001, got {ascii(value)[:60]}"
        )
    number = Decimal(value)
    if not number.is_finite():
        raise InvalidParameterError(name, f"must be a finite number, got {value!r}")
    if number < 0:
        raise InvalidParameterError(name, f"must not be negative, got {value!r}")
    if number and number.adjusted() >= MAX_DIGITS:
        raise InvalidParameterError(name, f"has more than {MAX_DIGITS} digits before the decimal point")
    return number if number else Decimal(0)  # -0 is 0


def _step_parts(step: Decimal) -> tuple[int, int]:
    """A positive step as an integer and an exponent of ten, the exponent at most 0."""
    sign, digits, exponent = step.as_tuple()
    assert isinstance(exponent, int) and not sign
    coefficient = int("".join(map(str, digits)))
    if exponent > 0:
        return coefficient * 10**exponent, 0
    return coefficient, exponent


def to_step(value: Decimal, step: Decimal, direction: str) -> Decimal:
    """``value`` (finite, not negative) rounded onto a multiple of ``step``, exactly, written
    with the step's decimal places.  Any number of digits is taken: those below a tenth of the
    step only decide ``up``."""
    coefficient, exponent = _step_parts(step)
    below = exponent - 1  # one digit finer than the step: enough to decide every direction
    if value.is_zero():
        return Decimal(f"0E{exponent}")
    places = max(value.adjusted() - below + 2, 1)
    truncated = value.quantize(Decimal(f"1E{below}"), rounding=ROUND_DOWN, context=Context(prec=places))
    dropped = truncated != value
    whole, left = divmod(int(truncated.scaleb(-below, context=Context(prec=places))), coefficient * 10)
    if direction == "up":
        whole += 1 if left or dropped else 0
    elif direction == "nearest":
        whole += 1 if 2 * left >= coefficient * 10 else 0  # a tie goes up; dropped digits cannot make one
    return Decimal(f"{whole * coefficient}E{exponent}")


def _step_of(step: object, precision: object) -> Decimal | None:
    if isinstance(step, Decimal) and step.is_finite() and step > 0:
        return step
    if isinstance(precision, int) and not isinstance(precision, bool):
        return Decimal(1).scaleb(-precision)
    return None


def _positive(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) and value.is_finite() and value > 0 else None


@dataclass(frozen=True, slots=True)
class PairRules:
    """The trading rules of one pair (see the table in :mod:`pionex_wrapper.rules`).

    Every limit is ``None`` when the exchange does not state it (nothing is then checked for
    it).  Built from a ``SymbolInfo`` by :meth:`from_info`, or by hand.
    """

    symbol: str
    market: str = "SPOT"
    """``SPOT`` or ``PERP`` (``SymbolInfo.type``)."""
    price_step: Decimal | None = None
    """Every price is a multiple of this: ``10**-quotePrecision`` (``quoteStep`` on perpetual pairs)."""
    size_step: Decimal | None = None
    """Every size is a multiple of this: ``10**-basePrecision`` (``baseStep`` on perpetual pairs)."""
    amount_step: Decimal | None = None
    """Every amount (the quote coin a spot MARKET BUY spends) is a multiple of this: ``10**-amountPrecision``."""
    min_size: Decimal | None = None
    """Smallest size of a LIMIT order (and IOC, FOK, POSTONLY on perpetual pairs)."""
    max_size: Decimal | None = None
    """Largest size of a LIMIT order."""
    min_market_size: Decimal | None = None
    """Smallest size of a MARKET order: a spot MARKET SELL (``minTradeDumping``), a MARKET_QTY."""
    max_market_size: Decimal | None = None
    """Largest size of a MARKET order (``maxTradeDumping``, ``maxSizeMarket``)."""
    min_notional: Decimal | None = None
    """Smallest order value in the quote coin (``minAmount``; ``minNotional`` on perpetual pairs, not checked)."""
    base: str | None = None
    quote: str | None = None
    tradable: bool = True
    """Whether the exchange listed the pair as tradable (``enable``, and ``status`` of perpetual pairs)."""
    info: Any = field(default=None, compare=False, repr=False)
    """The ``SymbolInfo`` the rules were read from, for its other fields (``buy_ceiling``...)."""

    def __post_init__(self) -> None:
        for name in ("price_step", "size_step", "amount_step"):
            step = getattr(self, name)
            if step is not None and (not isinstance(step, Decimal) or not step.is_finite() or step <= 0):
                raise InvalidParameterError(name, f"must be a positive Decimal or None, got {step!r}")

    @classmethod
    def from_info(cls, info: SymbolInfo) -> PairRules:
        """The rules ``getSymbols`` lists for one pair."""
        perp = info.type == "PERP"
        return cls(
            symbol=info.symbol,
            market="PERP" if perp else "SPOT",
            price_step=_step_of(info.quote_step if perp else None, info.quote_precision),
            size_step=_step_of(info.base_step if perp else None, info.base_precision),
            amount_step=None if perp else _step_of(None, info.amount_precision),
            min_size=_positive(info.min_size_limit if perp else info.min_trade_size),
            max_size=_positive(info.max_size_limit if perp else info.max_trade_size),
            min_market_size=_positive(info.min_size_market if perp else info.min_trade_dumping),
            max_market_size=_positive(info.max_size_market if perp else info.max_trade_dumping),
            min_notional=_positive(info.min_notional if perp else info.min_amount),
            base=info.base_currency,
            quote=info.quote_currency,
            tradable=info.enable is not False and info.status != "OFFLINE",
            info=info,
        )

    # -- precision -------------------------------------------------------------------------

    @property
    def price_precision(self) -> int | None:
        """Decimal places a price may have (those of :attr:`price_step`)."""
        return None if self.price_step is None else _decimals(self.price_step)

    @property
    def size_precision(self) -> int | None:
        """Decimal places a size may have (those of :attr:`size_step`)."""
        return None if self.size_step is None else _decimals(self.size_step)

    @property
    def amount_precision(self) -> int | None:
        """Decimal places an amount may have (those of :attr:`amount_step`)."""
        return None if self.amount_step is None else _decimals(self.amount_step)

    # -- rounding --------------------------------------------------------------------------

    def _round(self, what: str, step: Decimal | None, value: Money, direction: Rounding) -> Decimal:
        if direction not in ROUNDINGS:
            raise InvalidParameterError("direction", f"must be one of {', '.join(ROUNDINGS)}, got {direction!r}")
        number = _exact(value, what)
        if step is None:
            raise InvalidParameterError(what, f"cannot be rounded: {self.symbol} states no {what} precision")
        return to_step(number, step, direction)

    def round_price(self, value: Money, direction: Rounding = "down") -> Decimal:
        """``value`` on the pair's price step (down unless told): ``round_price("30000.129")`` is 30000.12."""
        return self._round("price", self.price_step, value, direction)

    def round_size(self, value: Money, direction: Rounding = "down") -> Decimal:
        """``value`` on the pair's size step (down unless told)."""
        return self._round("size", self.size_step, value, direction)

    def round_amount(self, value: Money, direction: Rounding = "down") -> Decimal:
        """``value`` on the pair's amount step (a spot MARKET BUY's amount; down unless told)."""
        return self._round("amount", self.amount_step, value, direction)

    # -- checking --------------------------------------------------------------------------

    def check_order(
        self,
        *,
        type: str,
        side: str | None = None,
        price: Money | None = None,
        size: Money | None = None,
        amount: Money | None = None,
    ) -> None:
        """Refuses an order these rules do not allow, with an :class:`InvalidParameterError`
        naming the input and the rule; what the client checks before sending an order."""
        values: dict[str, tuple[str, Decimal]] = {}
        for name, value in (("price", price), ("size", size), ("amount", amount)):
            if value is not None:
                values[name] = (name, _exact(value, name))
        self.check(values, type=type, side=side)

    def check(self, values: Mapping[str, tuple[str, Decimal]], *, type: str | None, side: str | None) -> None:
        """:meth:`check_order` of ``values``: rule (``price``, ``size``, ``amount``) -> (the
        input's name in the refusal, its value)."""
        sources = _SOURCES["PERP" if self.market == "PERP" else "SPOT"]
        for rule, step in (("price", self.price_step), ("size", self.size_step), ("amount", self.amount_step)):
            if rule in values and step is not None:
                label, value = values[rule]
                if to_step(value, step, "down") != value:
                    raise InvalidParameterError(label, self._off_step(rule, value, step, sources[rule]))
        market = type is not None and type.startswith("MARKET")
        if "size" in values:
            label, size = values["size"]
            kind = "MARKET" if market else "LIMIT"
            low, high = (self.min_market_size, self.max_market_size) if market else (self.min_size, self.max_size)
            low_source, high_source = (
                (sources["min_market_size"], sources["max_market_size"])
                if market
                else (sources["min_size"], sources["max_size"])
            )
            if low is not None and size < low:
                raise InvalidParameterError(
                    label,
                    f"{_plain(size)} is below {self.symbol}'s minimum {kind} order size {_plain(low)} ({low_source})",
                )
            if high is not None and size > high:
                raise InvalidParameterError(
                    label,
                    f"{_plain(size)} is above {self.symbol}'s maximum {kind} order size {_plain(high)} ({high_source})",
                )
        if self.market == "PERP" or self.min_notional is None:
            return  # a perpetual order's minimum value counts only what it opens (see the module)
        least, source, coin = self.min_notional, sources["min_notional"], f" {self.quote}" if self.quote else ""
        if "amount" in values:
            label, amount = values["amount"]
            if amount < least:
                raise InvalidParameterError(
                    label,
                    f"{_plain(amount)} is below {self.symbol}'s minimum order value {_plain(least)}{coin} ({source})",
                )
        if "price" in values and "size" in values and not market:
            (_, price), (label, size) = values["price"], values["size"]
            if price * size < least:
                raise InvalidParameterError(
                    label,
                    f"{_plain(size)} at price {_plain(price)} is an order value of {_plain(price * size)}{coin}, below "
                    f"{self.symbol}'s minimum {_plain(least)} ({source})",
                )

    def _off_step(self, rule: str, value: Decimal, step: Decimal, source: str) -> str:
        hint = f"(round with rules[{self.symbol!r}].round_{rule})"
        places = _decimals(step)
        if step == Decimal(1).scaleb(-places):
            return f"{_plain(value)} has {_decimals(value)} decimals; {self.symbol} allows {places} {hint}"
        return f"{_plain(value)} is not a multiple of {self.symbol}'s {rule} step {_plain(step)} ({source}) {hint}"


class MarketRules(Mapping[str, PairRules]):
    """Every pair's :class:`PairRules`, by symbol; immutable.

    ``rules["BTC_USDT"]`` for a pair not listed raises :class:`InvalidParameterError` naming it
    (``"BTC_USDT" in rules`` and ``rules.get(...)`` ask without raising).
    """

    __slots__ = ("_pairs",)
    _pairs: Mapping[str, PairRules]

    def __init__(self, pairs: Iterable[PairRules] = ()) -> None:
        table: dict[str, PairRules] = {}
        for pair in pairs:
            if not isinstance(pair, PairRules):
                raise InvalidParameterError("pairs", f"must hold PairRules, not {type(pair).__name__}")
            table[pair.symbol] = pair
        object.__setattr__(self, "_pairs", table)

    @classmethod
    def from_symbols(cls, symbols: Iterable[SymbolInfo]) -> MarketRules:
        """The rules of the pairs ``getSymbols`` listed (spot and perpetual lists together)."""
        return cls(PairRules.from_info(info) for info in symbols)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __getitem__(self, symbol: str) -> PairRules:
        pair = self._pairs.get(symbol)
        if pair is None:
            shown = ", ".join(list(self._pairs)[:8]) + (", ..." if len(self._pairs) > 8 else "")
            raise InvalidParameterError(
                "symbol",
                f"{symbol!r} is not a pair these rules list ({len(self._pairs)} pairs: {shown}); a pair listed since "
                "they were loaded needs client.rules(refresh=True)",
            )
        return pair

    @overload
    def get(self, symbol: str, /) -> PairRules | None: ...
    @overload
    def get(self, symbol: str, /, default: PairRules | T) -> PairRules | T: ...
    def get(self, symbol: str, /, default: object = None) -> object:
        """The pair's rules, or ``default`` if these rules do not list it."""
        return self._pairs.get(symbol, default)

    def __contains__(self, symbol: object) -> bool:
        return symbol in self._pairs

    def __iter__(self) -> Iterator[str]:
        return iter(self._pairs)

    def __len__(self) -> int:
        return len(self._pairs)

    def __repr__(self) -> str:
        return f"MarketRules({len(self._pairs)} pairs: {', '.join(self._pairs)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return MarketRules, (tuple(self._pairs.values()),)

    # -- the client's check before sending ---------------------------------------------------

    def check_arguments(self, operation: Operation[Any], checked: Mapping[str, Any]) -> None:
        """Refuses an order operation's checked arguments (``params.normalize``) that break its
        pair's rules.  The inputs are the ones the spec marks with ``x-pionex-rule``; an
        operation without them passes untouched."""
        try:
            symbol = next((checked.get(p.name) for p in operation.params if p.rule == "symbol"), None)
            if not isinstance(symbol, str):
                return
            orders: list[tuple[tuple[Any, ...], Mapping[str, Any], str]] = []
            if any(p.rule in ORDER_INPUTS for p in operation.params):
                orders.append((operation.params, checked, ""))
            for param in operation.params:
                items = checked.get(param.name)
                if param.items is not None and any(p.rule is not None for p in param.items) and isinstance(items, list):
                    orders.extend((param.items, item, f"{param.name}[{i}].") for i, item in enumerate(items))
            if not orders:
                return
            pair = self[symbol]
            for params, values, prefix in orders:
                numbers = {
                    p.rule: (prefix + p.name, Decimal(values[p.name]))
                    for p in params
                    if p.rule in ORDER_INPUTS and isinstance(values.get(p.name), str)
                }
                named = {p.rule: values.get(p.name) for p in params if p.rule in ("type", "side")}
                kind, side = named.get("type"), named.get("side")
                pair.check(
                    numbers, type=kind if isinstance(kind, str) else None, side=side if isinstance(side, str) else None
                )
        except InvalidParameterError as error:
            error.method, error.path = operation.method, operation.path
            raise
