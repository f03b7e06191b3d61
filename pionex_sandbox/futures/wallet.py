"""What a futures account does besides trading: transfers between the spot holdings (``MAIN``)
and the futures wallet (``TRADE``), margin moved in and out of isolated positions, and the
per-pair leverage and margin mode and the account's position mode."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from ..accounts import Account
from ..core.places import ShortOfFunds
from ..core.replies import MONEY_PLACES
from ..symbols import SymbolRules
from .records import Transfer
from .rules import (
    FUTURES_COIN,
    MONEY,
    ZERO,
    PositionMode,
    PositionSide,
    bad,
    denied,
    max_leverage,
    money,
    notional_cap,
)

if TYPE_CHECKING:
    from .engine import Futures


def transfer(
    engine: Futures,
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
        raise bad("fromAccount and toAccount must differ")
    if currency != FUTURES_COIN:
        raise bad(f"only {FUTURES_COIN} can be transferred to or from the futures account")
    if amount != amount.quantize(MONEY, ROUND_DOWN):
        raise bad(f"amount has more than {MONEY_PLACES} decimal places")
    if client_id is not None and (account.api_key, client_id) in engine.transfer_client_ids:
        raise bad(f"clientId {client_id!r} is already used by another transfer of this account")
    futures = engine.account(account.api_key)
    if from_account == "MAIN":
        if account.free(currency) < amount:
            raise denied(f"insufficient balance: {money(account.free(currency))} {currency} is free in MAIN")
        account.holding(currency).free -= amount
        futures.wallet += amount
    else:
        transferable = min(engine.available(futures, now), futures.wallet)
        if transferable < amount:
            raise denied(f"insufficient balance: {money(max(transferable, ZERO))} {currency} can leave TRADE")
        futures.wallet -= amount
        account.holding(currency).free += amount
    record = Transfer(
        transfer_id=str(engine.next_transfer_id),
        from_account=from_account,
        to_account=to_account,
        currency=currency,
        amount=amount,
        client_id=client_id,
        comment=comment,
        timestamp=now,
    )
    engine.next_transfer_id += 1
    if client_id is not None:
        engine.transfer_client_ids.add((account.api_key, client_id))
    futures.transfers.append(record)
    return record


def isolated_margin(
    engine: Futures,
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
    futures = engine.account(account.api_key)
    if client_id in futures.margin_client_ids:
        raise bad(f"clientId {client_id!r} is already used by another margin transfer of this account")
    key: PositionSide = "BOTH" if isolated_mode == "ISOLATED_BOTH" else "LONG"
    if isolated_mode == "ISOLATED_SHORT":
        key = "SHORT"
    position = futures.positions.get((rules.symbol, key))
    if position is None or not position.isolated:
        raise denied(f"no {isolated_mode} position on {rules.symbol}")
    if amount != amount.quantize(MONEY, ROUND_DOWN):
        raise bad(f"amount has more than {MONEY_PLACES} decimal places")
    if direction == "IN":
        available = engine.available(futures, now)
        if amount > available:
            raise denied(f"insufficient margin: {money(max(available, ZERO))} USDT is available")
        futures.wallet -= amount
        position.margin += amount
    else:
        spare = position.margin - position.initial_margin()
        if amount > spare:
            raise denied(f"at most {money(max(spare, ZERO))} USDT can leave this position's margin")
        position.margin -= amount
        futures.wallet += amount
    position.update_time = now
    futures.margin_client_ids.add(client_id)


# settings


def set_leverage(engine: Futures, account: Account, rules: SymbolRules, leverage: int, now: int) -> None:
    symbol = rules.symbol
    highest = max_leverage(symbol)
    if not 1 <= leverage <= highest:
        raise bad(f"leverage must be between 1 and {highest} for {symbol}")
    futures = engine.account(account.api_key)
    if engine.resting(account.api_key, symbol):
        raise denied(f"cancel the open orders on {symbol} before changing its leverage")
    positions = [p for p in futures.positions.values() if p.symbol == symbol]
    cap = notional_cap(symbol, leverage)
    for position in positions:
        if abs(position.cost) > cap:
            raise denied(f"a position of {money(abs(position.cost))} USDT cannot use leverage {leverage}")
    before = [position.leverage for position in positions]
    for position in positions:
        position.leverage = leverage
    short = [p for p in positions if p.isolated and p.margin < p.initial_margin()]
    if short or engine.available(futures, now) < 0:
        for position, old in zip(positions, before, strict=True):
            position.leverage = old
        raise denied(f"the margin does not cover the initial margin at leverage {leverage}")
    futures.setting(symbol).leverage = leverage


def set_position_mode(engine: Futures, account: Account, mode: PositionMode) -> None:
    futures = engine.account(account.api_key)
    if futures.positions or engine.resting(account.api_key):
        raise denied("close every position and cancel every order before changing the position mode")
    futures.position_mode = mode


def set_isolated(engine: Futures, account: Account, rules: SymbolRules, isolated: bool) -> None:
    futures = engine.account(account.api_key)
    if any(p.symbol == rules.symbol for p in futures.positions.values()) or engine.resting(
        account.api_key, rules.symbol
    ):
        raise denied(f"close the positions and cancel the orders on {rules.symbol} before changing its margin mode")
    futures.setting(rules.symbol).isolated = isolated


class FuturesPlace:
    """The futures wallet (USDT) as a place other products take money from and give it back to.

    What can be taken is what a transfer out could move (the wallet less what positions and open
    orders hold, less unrealised losses); the total is the wallet itself.
    """

    name = "FUTURES"

    def __init__(self, engine: Futures) -> None:
        self._engine = engine

    def _check(self, coin: str) -> None:
        if coin != FUTURES_COIN:
            raise ValueError(f"the futures wallet holds only {FUTURES_COIN}, not {coin}")

    def free(self, api_key: str, coin: str) -> Decimal:
        if coin != FUTURES_COIN:
            return ZERO
        futures = self._engine.account(api_key)
        return max(min(self._engine.available(futures, self._engine.sandbox.now()), futures.wallet), ZERO)

    def total(self, api_key: str, coin: str) -> Decimal:
        return self._engine.account(api_key).wallet if coin == FUTURES_COIN else ZERO

    def take(self, api_key: str, coin: str, amount: Decimal) -> None:
        self._check(coin)
        if amount <= 0:
            raise ValueError(f"take needs a positive amount, not {amount}")
        free = self.free(api_key, coin)
        if free < amount:
            raise ShortOfFunds(f"insufficient balance: {money(free)} {coin} is free in the futures account")
        self._engine.account(api_key).wallet -= amount

    def give(self, api_key: str, coin: str, amount: Decimal) -> None:
        self._check(coin)
        if amount < 0:
            raise ValueError(f"give needs a non-negative amount, not {amount}")
        self._engine.account(api_key).wallet += amount
