"""Helpers of the smart-copy, signal and KOL tests: a sandbox with the copy engine driven through its
handlers as the app drives them (no spec needed), and the money checks every test ends with."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext
from typing import Any

import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, DEFAULT_BALANCES, Sandbox
from pionex_sandbox.accounts import READ, TRADE
from pionex_sandbox.bots.copy_handlers import COPY_OPERATIONS
from pionex_sandbox.bots.copying import Copying
from pionex_sandbox.core.ledger import market_flows
from pionex_sandbox.core.prices import PricePath
from pionex_sandbox.errors import ApiError
from pionex_sandbox.http.params import Call, Params
from pionex_sandbox.symbols import DECIMAL_CONTEXT, SYMBOLS_BY_NAME
from tests.sandbox.sandbox_support import Clock

OTHER_KEY = "copy-other-key-NOT-REAL"
OTHER_SECRET = "copy-other-secret-NOT-REAL"
FEE = Decimal("0.0005")
EIGHT = Decimal("0.00000001")
SEED = 7


def path(symbol: str, seed: int = SEED) -> PricePath:
    """A price path of our own (the same function of seed, pair and time as the sandbox's)."""
    return PricePath(seed, SYMBOLS_BY_NAME[symbol])


def price_at(symbol: str, moment: int) -> Decimal:
    """The price bots trade at, at ``moment``: the path's at the market's last step (every 500 ms)."""
    return path(symbol).price(moment // 500 * 500)


def bought(symbol: str, spend: Decimal, moment: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(price, size, cost, fee in base) of a buy spending at most ``spend`` at ``moment``, by the documented rule."""
    rules = SYMBOLS_BY_NAME[symbol]
    price = price_at(symbol, moment)
    size = (spend / price).quantize(rules.size_step, ROUND_DOWN)
    return price, size, size * price, (size * FEE).quantize(EIGHT, ROUND_UP)


def sold(symbol: str, amount: Decimal, moment: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(price, size, notional, fee in quote) of a sell of ``amount`` of base at ``moment``."""
    rules = SYMBOLS_BY_NAME[symbol]
    price = price_at(symbol, moment)
    size = amount.quantize(rules.size_step, ROUND_DOWN)
    return price, size, size * price, (size * price * FEE).quantize(EIGHT, ROUND_UP)


class Refused(Exception):
    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class Desk:
    """The copy engine of a sandbox, driven through its handlers the way the app drives them."""

    sandbox: Sandbox
    copying: Copying
    clock: Clock

    def call(
        self,
        operation_id: str,
        body: object = None,
        params: Mapping[str, object] | Sequence[tuple[str, str]] | None = None,
        key: str = DEFAULT_API_KEY,
    ) -> Any:
        """What the operation answers (its ``data``); an ApiError raised as :class:`Refused`."""
        pairs = list(params.items()) if isinstance(params, Mapping) else list(params or [])
        raw = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
        handler = COPY_OPERATIONS.bind(self.copying)[operation_id]
        with self.sandbox.lock, localcontext(DECIMAL_CONTEXT):
            now = self.sandbox.now()
            self.sandbox.catch_up(now)
            call = Call(
                self.sandbox,
                self.sandbox.account(key),
                Params([(name, str(value)) for name, value in pairs], "TRADE", frozenset({"timestamp"})),
                raw,
                now,
            )
            try:
                return handler(call)
            except ApiError as error:
                raise Refused(error) from None

    def refused(self, code: str, operation_id: str, body: object = None, **kwargs: Any) -> ApiError:
        with pytest.raises(Refused) as caught:
            self.call(operation_id, body, **kwargs)
        assert caught.value.error.code == code, caught.value.error
        assert caught.value.error.status == 400
        return caught.value.error

    def move(self, ms: int) -> None:
        self.clock.now += ms

    def signal(self, title: str = "my signal", key: str = DEFAULT_API_KEY) -> str:
        detail = self.call("botSignalsCreate", {"title": title}, key=key)
        return str(detail["signalType"])

    def push(
        self,
        signal_type: str,
        action: str,
        position_size: str | None = None,
        base: str = "BTC",
        quote: str = "USDT",
        signal_param: str = "{}",
        key: str = DEFAULT_API_KEY,
    ) -> None:
        body = {
            "signalType": signal_type,
            "signalParam": signal_param,
            "base": base,
            "quote": quote,
            "time": "2024-01-15T10:30:00Z",
            "price": "45000.5",
            "data": {
                "action": action,
                "position_size": position_size or ("1" if action == "buy" else "0"),  # all in, all out
                "contracts": "1",
            },
        }
        assert self.call("botSignalsPush", body, key=key) is None

    def bot(self, bot_id: str, key: str = DEFAULT_API_KEY) -> Any:
        return self.call("botSmartCopyGetOrder", params={"buOrderId": bot_id}, key=key)

    # money

    def money(self, api_key: str = DEFAULT_API_KEY) -> dict[str, Decimal]:
        """What the account has per coin: in every place, plus what its bots hold, plus what it sent
        off the exchange (``sandbox.outside``: fiat withdrawals)."""
        coins = {"BTC", "ETH", "SOL", "USDT"}
        outside = self.sandbox.outside.get(api_key, {})
        return {
            coin: sum((place.total(api_key, coin) for place in self.sandbox.places.values()), Decimal(0))
            + sum((bot.funds.held(coin) for bot in self.copying.bots.values() if bot.api_key == api_key), Decimal(0))
            + outside.get(coin, Decimal(0))
            for coin in coins
        }

    def market(self, api_key: str = DEFAULT_API_KEY) -> dict[str, Decimal]:
        """The market entries of the account's bots, per coin."""
        funds = [bot.funds for bot in self.copying.bots.values() if bot.api_key == api_key]
        return {coin: market_flows(funds, coin) for coin in ("BTC", "ETH", "SOL", "USDT")}

    def conserved(self, before: Mapping[str, Mapping[str, Decimal]]) -> None:
        """For every account given: money after less money before is what its bots traded, per coin, exactly;
        and the sandbox's audit finds nothing."""
        for api_key, was in before.items():
            now = self.money(api_key)
            flows = self.market(api_key)
            for coin in was:
                assert now[coin] - was[coin] == flows[coin], (api_key, coin, now[coin] - was[coin], flows[coin])
        assert self.sandbox.audit() == []


def make_desk(clock: Clock, seed: int = SEED) -> Desk:
    sandbox = Sandbox(seed=seed, clock=clock)
    sandbox.add_account("trading", DEFAULT_API_KEY, DEFAULT_API_SECRET, (READ, TRADE), DEFAULT_BALANCES)
    sandbox.add_account("other", OTHER_KEY, OTHER_SECRET, (READ, TRADE), {"USDT": 5000, "BTC": 1})
    copying = sandbox.install(Copying(sandbox))
    return Desk(sandbox, copying, clock)


def checked_desk(clock: Clock) -> Iterator[Desk]:
    """A desk whose test ends by checking money was conserved for both accounts and the audit is clean
    (a test module's ``desk`` fixture yields from it)."""
    desk = make_desk(clock)
    before = {key: desk.money(key) for key in (DEFAULT_API_KEY, OTHER_KEY)}
    yield desk
    desk.conserved(before)  # every test: money conserved, audit clean
