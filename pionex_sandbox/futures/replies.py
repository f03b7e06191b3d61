"""Futures orders, fills, positions, balances, funding and transfers as the futures operations
and streams return them."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from ..accounts import Account
from ..core import replies
from ..symbols import fmt
from .records import FundingRecord, FuturesAccount, FuturesFill, FuturesOrder, Position, Transfer
from .rules import FUTURES_COIN, RISK_TABLES, ZERO, money, tier_for

if TYPE_CHECKING:
    from .engine import Futures


def order_reply(order: FuturesOrder) -> dict[str, object]:
    rules = order.rules
    reply: dict[str, object] = {
        "orderId": order.order_id,
        "symbol": rules.symbol,
        "type": order.type,
        "positionMode": order.position_mode,
        "isolatedMode": order.isolated_mode,
        "side": order.side,
        "positionSide": order.position_side,
    }
    if order.price is not None:
        reply["price"] = fmt(order.price, rules.quote_precision)
    reply.update(
        {
            "origSize": fmt(order.orig_size, rules.base_precision),
            "size": fmt(order.size, rules.base_precision),
            "filledSize": fmt(order.filled_size, rules.base_precision),
            "filledAmount": money(order.filled_amount),
            "status": order.status,
            "reduceOnly": order.reduce_only,
        }
    )
    if order.client_order_id is not None:
        reply["clientOrderId"] = order.client_order_id
    reply.update({"source": order.source, "createTime": order.create_time, "updateTime": order.update_time})
    return reply


def fill_reply(fill: FuturesFill) -> dict[str, object]:
    return replies.fill_reply(fill, FUTURES_COIN, feeType=fill.fee_type)


def funding_reply(record: FundingRecord) -> dict[str, object]:
    return {
        "symbol": record.symbol,
        "isolatedMode": "ISOLATED" if record.isolated else "CROSS",
        "fundingFee": money(record.fee),
        "fundingCoin": FUTURES_COIN,
        "timestamp": record.timestamp,
        "fundingRate": fmt(record.rate),
    }


def transfer_reply(record: Transfer) -> dict[str, object]:
    reply: dict[str, object] = {
        "transferId": record.transfer_id,
        "fromAccount": record.from_account,
        "toAccount": record.to_account,
        "currency": record.currency,
        "amount": money(record.amount),
    }
    if record.client_id is not None:
        reply["clientId"] = record.client_id
    reply.update({"status": "COMPLETED", "reason": "OPENAPI"})
    if record.comment is not None:
        reply["comment"] = record.comment
    reply["timestamp"] = record.timestamp
    return reply


def liquidation_price(engine: Futures, futures: FuturesAccount, position: Position, now: int) -> Decimal:
    """Where the mark price would liquidate ``position`` if nothing else moved (0 when never)."""
    mark = engine.mark_price(position.symbol, now)
    tier = tier_for(position.symbol, abs(position.size) * mark)
    if position.isolated:
        cushion = position.margin
    else:
        others = [p for p in engine.cross_positions(futures) if p is not position]
        cushion = futures.wallet + sum(
            (
                p.unrealized(engine.mark_price(p.symbol, now)) - p.maint_margin(engine.mark_price(p.symbol, now))
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
    engine: Futures, futures: FuturesAccount, position: Position, now: int, *, detail: bool = False
) -> dict[str, object]:
    rules = position.rules
    mark = engine.mark_price(position.symbol, now)
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
        "liquidationPrice": fmt(liquidation_price(engine, futures, position, now), rules.quote_precision),
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


def _position_record(
    position: Position, *, sizes: Mapping[str, object], settled: Mapping[str, object]
) -> dict[str, object]:
    """The fields every position record has, with ``sizes`` after its side and ``settled`` after its amounts."""
    rules = position.rules
    taken = -position.size_liquidated if position.flag == "TAKEOVER" else ZERO
    return {
        "positionId": str(position.position_id),
        "symbol": position.symbol,
        "isolatedMode": position.isolated_mode,
        "positionSide": position.side,
        **sizes,
        "sizeLong": fmt(position.size_long, rules.base_precision),
        "sizeShort": fmt(position.size_short, rules.base_precision),
        "amountLong": money(position.amount_long),
        "amountShort": money(position.amount_short),
        "amountSettled": money(position.amount_settled),
        **settled,
        "sizeLiquidated": fmt(position.size_liquidated, rules.base_precision),
        "amountLiquidated": money(position.amount_liquidated),
        "sizeTakeover": fmt(abs(taken), rules.base_precision),
        "createTime": position.create_time,
        "updateTime": position.update_time,
    }


def history_reply(position: Position) -> dict[str, object]:
    """A position of the history, as ``futuresGetHistoryPositions`` returns it."""
    return _position_record(position, sizes={}, settled={"leverage": str(position.leverage)})


def stream_position(position: Position) -> dict[str, object]:
    """A position as the POSITION channel sends it."""
    net = {"netSize": fmt(position.size, position.rules.base_precision), "avgPrice": money(position.avg_price())}
    return _position_record(position, sizes=net, settled={})


def balance_split(engine: Futures, futures: FuturesAccount) -> tuple[Decimal, Decimal, Decimal]:
    """(free, frozen, debts) of the wallet: free + frozen - debts == wallet."""
    positive = max(futures.wallet, ZERO)
    frozen = min(engine.held(futures), positive)
    return positive - frozen, frozen, max(-futures.wallet, ZERO)


def balances_reply(engine: Futures, account: Account) -> dict[str, object]:
    futures = engine.account(account.api_key)
    free, frozen, debts = balance_split(engine, futures)
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


def detail_reply(engine: Futures, account: Account, now: int) -> dict[str, object]:
    futures = engine.account(account.api_key)
    free, frozen, debts = balance_split(engine, futures)
    balances: list[dict[str, object]] = []
    if futures.wallet != 0 or futures.positions:
        available = engine.available(futures, now)
        balances.append(
            {
                "coin": FUTURES_COIN,
                "assets": money(free + frozen),
                "free": money(free),
                "frozen": money(frozen),
                "transferable": money(max(min(available, futures.wallet), ZERO)),
                "available": money(max(available, ZERO)),
                "unrealizedPnL": money(engine.cross_unrealized(futures, now)),
                "totalInitialMargin": money(engine.cross_initial_margin(futures)),
                "debts": money(debts),
            }
        )
    return {
        "quoteRisks": [{"quote": FUTURES_COIN, "riskState": "NORMAL"}],
        "balances": balances,
        "positions": [
            position_reply(engine, futures, position, now, detail=True) for position in futures.positions.values()
        ],
    }


def risk_table_reply(symbol: str) -> dict[str, object]:
    """The risk tiers of one perpetual pair."""
    return {
        "symbol": symbol,
        "rows": [
            {
                "rowNum": tier.row,
                "notionalLimit": fmt(tier.notional_limit.normalize()),
                "maxLeverage": str(tier.max_leverage),
                "maintMarginRatio": fmt(tier.maint_margin_ratio.normalize()),
                "quickDeduction": fmt(tier.quick_deduction.normalize()),
            }
            for tier in RISK_TABLES[symbol]
        ],
    }


def overview_reply(engine: Futures, account: Account, now: int) -> dict[str, object]:
    """The futures side of the wallet overview (``walletGetBalancesFull``): the wallet's balances
    exactly as ``futuresGetBalances`` reports them, the positions as ``futuresGetPositions`` does,
    and the wallet's value (free + frozen - debts) in the futures coin, which is USDT."""
    futures = engine.account(account.api_key)
    return {
        "value": futures.wallet,
        "balances": balances_reply(engine, account)["balances"],
        "positions": [position_reply(engine, futures, position, now) for position in futures.positions.values()],
        "quoteRisks": [{"quote": FUTURES_COIN, "riskState": "NORMAL"}],
        "riskState": "NORMAL",
    }
