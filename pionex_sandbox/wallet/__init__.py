"""The wallet overview (``walletGetBalancesFull``): every place of an account in one reply.

Pionex's overview has two sides: the "bot account" (the spot side) and the "trader account" (the
futures side).  The sandbox fills them from what the other products already report, so that the
overview agrees with them to the last decimal:

* the spot side's ``spot`` category lists every coin the account holds in its spot place
  (``free`` and ``frozen`` as ``getBalances`` reports them, ``amount`` their sum); its ``bot``
  category lists every bot of the account that holds money (found in any engine that lists bots,
  as the bot order list finds them), one line per coin the bot's ledger holds;
* the futures side is what the futures engine's ``overview`` reports: its balances as
  ``futuresGetBalances`` shows them and its positions as ``futuresGetPositions`` does; the side's
  value is the wallet (free + frozen - debts), which is what the futures place holds.  Unrealised
  profit is not counted (a position's value stays in its own reply);
* after them, one category per kind of earn product the account holds money in (``dual``,
  ``arbitrage``: the ``kind`` of the :class:`~pionex_sandbox.core.ledger.EarnHolding` lines every
  engine reports through ``Engine.earn_holdings``), dual investment first, then term arbitrage,
  titled by :data:`EARN_TITLES`; a line per holding: its ``coin``, ``amount`` (everything the investment or
  stake holds: principal and the yield booked so far, exactly what the product's own balances
  operation reports) and its labels (``productId``, ``txid``, ``clientDualId``, ``state``; each must
  be a field of the spec's ``BalanceEntry``).  A kind the account holds nothing in is not listed.
  These categories count in the spot side's total like the bots;
* a coin's price in USD is the last trade of its USDT pair (USDT and USDC are 1), in BTC that price
  divided by BTC's (to 8 decimal places; BTC is 1); the 24-hour change is the price now less the
  pair's price path 24 hours ago.  A coin with no USDT pair is valued at 0;
* every ``totalInUsdt`` is the exact sum of what it covers (amount times price, unrounded), and
  ``totalInBtc`` the whole total divided by BTC's price, to 8 decimal places, rounded down.

``appLang`` and ``sysLang`` are read and must look like language tags; the titles are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Any

from ..core.ledger import EarnHolding
from ..core.prices import DAY
from ..core.sandbox import Engine, Sandbox
from ..errors import ApiError
from ..http.params import Call, Data
from ..http.routes import Operations
from ..product import Product
from ..symbols import SYMBOLS_BY_NAME, fmt

ZERO = Decimal(0)
BTC_PLACES = Decimal("0.00000001")
LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
FULL_NAMES = {"BTC": "Bitcoin", "ETH": "Ethereum", "SOL": "Solana", "USDT": "Tether", "USDC": "USD Coin"}
STABLE = frozenset({"USDT", "USDC"})
"""Coins the overview values at 1 USD."""
EARN_TITLES = {"dual": "Dual investment", "arbitrage": "Term arbitrage"}
"""The titles of the earn categories (another kind is titled by its first line's title)."""


def parameter_error(message: str) -> ApiError:
    """Pionex's wallet refusal of a bad parameter."""
    return ApiError(400, "PARAMETER_ERROR", message)


@dataclass(frozen=True)
class Price:
    usd: Decimal
    change: Decimal


class Wallet(Engine):
    """Reads the other products' places, bots and futures engine; keeps no state of its own."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def price(self, coin: str, now: int) -> Price:
        if coin in STABLE:
            return Price(Decimal(1), ZERO)
        symbol = f"{coin}_USDT"
        if symbol not in SYMBOLS_BY_NAME:
            return Price(ZERO, ZERO)
        last = self.sandbox.markets[symbol].last_price()
        before = self.sandbox.markets.path(symbol).price(max(now - DAY, self.sandbox.created_ms))
        return Price(last, last - before)

    def bot_lines(self, api_key: str) -> list[dict[str, Any]]:
        """One line per coin held by each bot of the account, newest bots first."""
        lines: list[dict[str, Any]] = []
        for engine in self.sandbox.engines:
            listed = getattr(engine, "listed_bots", None)
            bots = getattr(engine, "bots", None)
            if listed is None or not isinstance(bots, Mapping):
                continue
            for status in ("running", "finished"):
                for entry in listed(api_key, status):
                    bot = bots.get(entry["buOrderId"])
                    funds = getattr(bot, "funds", None)
                    for coin, held in sorted(getattr(funds, "holdings", {}).items()):
                        if held != 0:
                            lines.append(
                                {
                                    "coin": coin,
                                    "amount": held,
                                    "buOrderId": entry["buOrderId"],
                                    "buOrderType": entry["buOrderType"],
                                    "base": entry["base"],
                                    "quote": entry["quote"],
                                }
                            )
        return lines

    def earn_lines(self, api_key: str) -> dict[str, tuple[str, list[EarnHolding]]]:
        """The account's earn holdings with an amount, by kind (those of :data:`EARN_TITLES` in its order,
        then any other in the order first reported), with the kind's title."""
        kinds: dict[str, tuple[str, list[EarnHolding]]] = {}
        for engine in self.sandbox.engines:
            for holding in engine.earn_holdings(api_key):
                if holding.amount:
                    title = EARN_TITLES.get(holding.kind, holding.title)
                    kinds.setdefault(holding.kind, (title, []))[1].append(holding)
        known = [kind for kind in EARN_TITLES if kind in kinds]
        return {kind: kinds[kind] for kind in [*known, *(kind for kind in kinds if kind not in EARN_TITLES)]}

    def futures_side(self, api_key: str, now: int) -> dict[str, Any] | None:
        for engine in self.sandbox.engines:
            overview = getattr(engine, "overview", None)
            if overview is not None:
                side: dict[str, Any] = overview(api_key, now)
                return side
        return None

    def reply(self, api_key: str, now: int) -> Data:
        account = self.sandbox.accounts[api_key]
        prices: dict[str, Price] = {}

        def value(coin: str, amount: Decimal) -> Decimal:
            if coin not in prices:
                prices[coin] = self.price(coin, now)
            return amount * prices[coin].usd

        spot_lines = []
        for coin, holding in sorted(account.holdings.items()):
            amount = holding.free + holding.frozen
            if amount == 0:
                continue
            spot_lines.append(
                {
                    "coin": coin,
                    "free": fmt(holding.free, 8),
                    "frozen": fmt(holding.frozen, 8),
                    "amount": fmt(amount, 8),
                    "totalInUsdt": fmt(value(coin, amount)),
                }
            )
        spot_total = sum((Decimal(line["totalInUsdt"]) for line in spot_lines), ZERO)
        bot_lines = []
        for line in self.bot_lines(api_key):
            worth = value(line["coin"], line["amount"])
            bot_lines.append(dict(line, amount=fmt(line["amount"]), totalInUsdt=fmt(worth)))
        bot_total = sum((Decimal(line["totalInUsdt"]) for line in bot_lines), ZERO)
        categories = [
            category("spot", "Spot", spot_total, spot_lines),
            category("bot", "Bots", bot_total, bot_lines),
        ]
        earn_total = ZERO
        for kind, (title, holdings) in self.earn_lines(api_key).items():
            lines = [
                {
                    "coin": holding.coin,
                    "amount": fmt(holding.amount),
                    **dict(holding.labels),
                    "totalInUsdt": fmt(value(holding.coin, holding.amount)),
                }
                for holding in holdings
            ]
            total_of_kind = sum((Decimal(line["totalInUsdt"]) for line in lines), ZERO)
            categories.append(category(kind, title, total_of_kind, lines))
            earn_total += total_of_kind
        side = self.futures_side(api_key, now)
        futures_total = ZERO
        trader: dict[str, Any] = {"totalInUsdt": "0", "title": "Futures", "detail": []}
        if side is not None:
            futures_total = value("USDT", side["value"])
            trader = {
                "totalInUsdt": fmt(futures_total),
                "title": "Futures",
                "detail": [
                    {
                        "type": "futures",
                        "title": "USDT-M perpetual futures",
                        "totalInUsdt": fmt(futures_total),
                        "riskState": side["riskState"],
                        "balances": side["balances"],
                        "positions": side["positions"],
                        "quoteRisks": side["quoteRisks"],
                    }
                ],
            }
        total = spot_total + bot_total + earn_total + futures_total
        btc = self.price("BTC", now).usd
        return {
            "prices": {coin: price_reply(coin, price, btc) for coin, price in sorted(prices.items())},
            "totalInUsdt": fmt(total),
            "totalInBtc": fmt((total / btc).quantize(BTC_PLACES, ROUND_DOWN)) if btc else "0",
            "botAccount": {"totalInUsdt": fmt(spot_total + bot_total + earn_total), "detail": categories},
            "traderAccount": trader,
        }


def category(kind: str, title: str, total: Decimal, lines: Iterable[dict[str, Any]]) -> dict[str, Any]:
    listed = list(lines)
    return {
        "type": kind,
        "title": title,
        "totalInUsdt": fmt(total),
        "list": listed,
        "hasMore": False,
        "count": len(listed),
    }


def in_btc(usd: Decimal, btc: Decimal) -> str:
    return fmt((usd / btc).quantize(BTC_PLACES, ROUND_DOWN)) if btc else "0"


def price_reply(coin: str, price: Price, btc: Decimal) -> dict[str, str]:
    return {
        "priceInUsd": fmt(price.usd),
        "priceInBtc": "1" if coin == "BTC" else in_btc(price.usd, btc),
        "change24hInUsd": fmt(price.change),
        "change24hInBtc": "0" if coin == "BTC" else in_btc(price.change, btc),
        "fullName": FULL_NAMES.get(coin, coin),
    }


OPERATIONS = Operations[Wallet]()


@OPERATIONS("walletGetBalancesFull")
def get_balances_full(call: Call, wallet: Wallet) -> Data:
    for name in ("appLang", "sysLang"):
        given = call.params.raw(name)
        if given is not None and LANG.fullmatch(given) is None:
            raise parameter_error(f"{name} must be a language tag such as en or zh-CN")
    return wallet.reply(call.trader.api_key, call.now)


PRODUCT = Product("wallet", Wallet, OPERATIONS)

__all__ = ["OPERATIONS", "PRODUCT", "Wallet"]
