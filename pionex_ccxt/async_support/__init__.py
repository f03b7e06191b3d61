"""The asynchronous ccxt class: ``from pionex_ccxt.async_support import pionex`` (a
``ccxt.async_support.Exchange``), with ccxt pro's ``watch_*`` methods on this project's
streams (:mod:`pionex_ccxt.streams`); ``pionex_ccxt.pro.pionex`` is the same class."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ccxt.async_support

from ..base import UNIFIED, PionexBase, Plan, ccxt_error
from ..streams import PionexStreams
from ..trading import PionexTrading

if TYPE_CHECKING:
    from pionex_wrapper import AsyncPionex

__all__ = ["pionex"]


class pionex(PionexStreams, PionexTrading, PionexBase, ccxt.async_support.Exchange):
    """Pionex as an async ccxt exchange, on :class:`pionex_wrapper.AsyncPionex`."""

    _client: AsyncPionex | None = None

    @property
    def client(self) -> AsyncPionex:
        """The project's async client for this exchange's credentials and base URL."""
        from pionex_wrapper import AsyncPionex

        wanted = (*self.credentials(), self.base_url())
        if self._client is None or getattr(self, "_client_for", None) != wanted:
            if self._client is not None:  # closing is awaited: close() does it for the replaced ones
                self.__dict__.setdefault("_replaced", []).append(self._client)
            self._client = AsyncPionex(wanted[0], wanted[1], base_url=wanted[2])
            self._client_for = wanted
        return self._client

    async def run(self, plan: Plan[Any]) -> Any:
        """Send the calls of ``plan`` one by one and return its result (a refusal as ccxt's error)."""
        from pionex_wrapper.errors import PionexError

        try:
            call = next(plan)
            while True:
                try:
                    reply = await self.client.invoke(call.operation, call.arguments)
                except PionexError as error:
                    failure = ccxt_error(error)
                    failure.__cause__ = error
                    call = plan.throw(failure)  # the plan may handle it; if not, it is raised from here
                    continue
                call = plan.send(reply)
        except StopIteration as done:
            return done.value

    async def close(self) -> None:
        await self.close_streams()  # streams: every watch_* subscription ends
        for replaced in self.__dict__.pop("_replaced", []):
            await replaced.aclose()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        await super().close()


def _method(name: str, markets: bool) -> Any:
    async def method(self: pionex, *args: Any, **kwargs: Any) -> Any:
        if markets:
            await self.load_markets()
        return await self.run(getattr(self, f"_plan_{name}")(*args, **kwargs))

    method.__name__ = name
    method.__qualname__ = f"pionex.{name}"
    return method


for _name, _markets in UNIFIED.items():
    setattr(pionex, _name, _method(_name, _markets))
