"""What the parts of the grid engine share: the bots, the prices they see, finding them, moving
their money, and the audit (the engine itself, and the clock's part, is :mod:`.engine`)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from ..core.market import STEP_MS
from ..core.places import Place, ShortOfFunds
from ..core.sandbox import Engine, Sandbox
from ..futures.rules import Prices
from . import spot_grid
from .fields import bad, denied, not_found
from .records import (
    FuturesGrid,
    GridBot,
    SpotGrid,
)
from .replies import bot_order

BotKind = Literal["spot_grid", "futures_grid"]


def kind_of(bot: GridBot) -> BotKind:
    return "spot_grid" if isinstance(bot, SpotGrid) else "futures_grid"


class GridEngine(Engine):
    """Every grid bot of the sandbox's accounts (spot grids and futures grids), without its operations."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.markets = sandbox.markets
        self.bots: dict[str, GridBot] = {}
        self.moved_to = sandbox.created_ms
        self._funding = Prices(sandbox.seed, sandbox.markets)

    # -- the market ---------------------------------------------------------------------------

    def places(self) -> Mapping[str, Place]:
        return self.sandbox.places

    def price_at(self, symbol: str, t: int) -> Decimal:
        """The price of ``symbol`` at ``t`` (its price path; in a still market, the price it started at)."""
        path = self.markets.path(symbol)
        return path.price(t if self.markets.moving else self.sandbox.created_ms)

    def price_now(self, symbol: str, now: int) -> Decimal:
        """The price a request at ``now`` sees: the market's last step."""
        return self.price_at(symbol, now // STEP_MS * STEP_MS)

    def funding_rate(self, symbol: str, t: int) -> Decimal:
        return self._funding.funding_rate(symbol, t)

    # -- finding ------------------------------------------------------------------------------

    def find(self, api_key: str, bu_order_id: object, kind: BotKind) -> GridBot:
        if not isinstance(bu_order_id, str | int) or isinstance(bu_order_id, bool) or bu_order_id == "":
            raise bad("buOrderId is required")
        bot = self.bots.get(str(bu_order_id))
        noun = kind.replace("_", " ")
        if bot is None or bot.api_key != api_key or kind_of(bot) != kind:
            raise not_found(str(bu_order_id), noun)
        return bot

    def spot(self, api_key: str, bu_order_id: object) -> SpotGrid:
        bot = self.find(api_key, bu_order_id, "spot_grid")
        assert isinstance(bot, SpotGrid)
        return bot

    def futures(self, api_key: str, bu_order_id: object) -> FuturesGrid:
        bot = self.find(api_key, bu_order_id, "futures_grid")
        assert isinstance(bot, FuturesGrid)
        return bot

    def owned(self, api_key: str, running: bool) -> list[GridBot]:
        """The bots of an account that run (or have stopped), oldest first."""
        return [bot for bot in self.bots.values() if bot.api_key == api_key and bot.active == running]

    def listed_bots(self, api_key: str, status: Literal["running", "finished"]) -> list[dict[str, object]]:
        """The account's bots as Pionex's bot order list shows them (see :func:`.replies.bot_order`)."""
        return [bot_order(self, bot) for bot in self.owned(api_key, status == "running")]

    # -- money ---------------------------------------------------------------------------------

    def _lock(self, bot: GridBot, place_name: str, coin: str, amount: Decimal, now: int) -> None:
        place = self.places().get(place_name)
        if place is None:
            raise denied(f"this sandbox has no {place_name} account to take the investment from")
        try:
            place.take(bot.api_key, coin, amount)
        except ShortOfFunds as short:
            raise denied(str(short)) from None
        bot.funds.move(now, "lock", coin, amount, place=place_name)

    def _register(self, bot: GridBot) -> None:
        self.bots[bot.bu_order_id] = bot

    def _new_id(self) -> str:
        return str(self.sandbox.take_order_id())

    # -- checking ------------------------------------------------------------------------------

    def audit(self) -> list[str]:
        """Every bot's ledger replayed, negative holdings, and what a bot must (not) hold."""
        problems: list[str] = []
        for bot in self.bots.values():
            label = f"{kind_of(bot).replace('_', ' ')} {bot.bu_order_id}"
            problems.extend(bot.funds.audit(label))
            if not bot.active:
                left = {coin: amount for coin, amount in bot.funds.holdings.items() if amount}
                if left:
                    problems.append(f"{label} is canceled but still holds {left}")
                continue
            if isinstance(bot, SpotGrid) and not bot.waiting:
                expected = bot.volume * sum(bot.selling)
                if bot.funds.held(bot.base) != expected:
                    problems.append(f"{label} holds {bot.funds.held(bot.base)} {bot.base}, its sells need {expected}")
                if bot.funds.held(bot.quote) < bot.reserved(spot_grid.RATE):
                    problems.append(f"{label} holds less {bot.quote} than its waiting buys need")
        return problems
