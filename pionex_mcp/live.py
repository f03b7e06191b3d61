"""What REST cannot give an agent (SEAM: the live-tools helper fills this in): a live book's top
levels, a short window of recent trades and of the account's order events from the streams, a
pair's market rules, and a portfolio summary from the full balances."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex

    from .config import ServerConfig
    from .tools import ToolEntry


class Live:
    """The live tools and the stream subscriptions behind them (closed with the server)."""

    def __init__(self, config: ServerConfig, client: AsyncPionex) -> None:
        self.config = config
        self.client = client

    def tools(self) -> list[ToolEntry]:
        """The live tools (none yet)."""
        return []

    async def aclose(self) -> None:
        """Leave every subscription."""
