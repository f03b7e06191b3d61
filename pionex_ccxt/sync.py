"""The synchronous ccxt class: ``pionex_ccxt.pionex`` (a ``ccxt.Exchange``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ccxt

from .base import UNIFIED, PionexBase, Plan, ccxt_error
from .trading import PionexTrading

if TYPE_CHECKING:
    from pionex_wrapper import Pionex


class pionex(PionexTrading, PionexBase, ccxt.Exchange):
    """Pionex as a ccxt exchange, on :class:`pionex_wrapper.Pionex` (see :mod:`pionex_ccxt`)."""

    _client: Pionex | None = None

    @property
    def client(self) -> Pionex:
        """The project's client for this exchange's credentials and base URL (made on first use,
        made again after ``set_sandbox_mode`` or new credentials)."""
        from pionex_wrapper import Pionex

        wanted = (*self.credentials(), self.base_url())
        if self._client is None or getattr(self, "_client_for", None) != wanted:
            if self._client is not None:
                self._client.close()
            self._client = Pionex(wanted[0], wanted[1], base_url=wanted[2])
            self._client_for = wanted
        return self._client

    def run(self, plan: Plan[Any]) -> Any:
        """Send the calls of ``plan`` one by one and return its result (a refusal as ccxt's error)."""
        from pionex_wrapper.errors import PionexError

        try:
            call = next(plan)
            while True:
                try:
                    reply = self.client.invoke(call.operation, call.arguments)
                except PionexError as error:
                    failure = ccxt_error(error)
                    failure.__cause__ = error
                    call = plan.throw(failure)  # the plan may handle it; if not, it is raised from here
                    continue
                call = plan.send(reply)
        except StopIteration as done:
            return done.value

    def set_sandbox_mode(self, enabled: bool) -> None:
        super().set_sandbox_mode(enabled)  # swaps urls["api"] and urls["test"]; the client follows

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def _method(name: str, markets: bool) -> Any:
    def method(self: pionex, *args: Any, **kwargs: Any) -> Any:
        if markets:
            self.load_markets()
        return self.run(getattr(self, f"_plan_{name}")(*args, **kwargs))

    method.__name__ = name
    method.__qualname__ = f"pionex.{name}"
    return method


for _name, _markets in UNIFIED.items():
    setattr(pionex, _name, _method(_name, _markets))
