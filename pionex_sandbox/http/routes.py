"""The route table, read from the spec, and the handlers products register for its operations.

Nothing here restates an operation: every operation id, method, path, key permission and
rate-limit weight comes from the project's OpenAPI spec (``x-pionex-permission``,
``x-pionex-weight``), which ships with the generated client as
``pionex_client/openapi.json`` (``make generate`` copies it there).  A product registers a
handler per operation id (:class:`Operations`); the app serves each route with the handler
registered for its operation.

An operation is public when the spec gives it no ``security``; its refusals then use the
``MARKET_`` error codes, those of a private one the ``TRADE_`` codes, as Pionex's do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from typing import Any, Generic, TypeVar

from .params import Call, Data, Family

E = TypeVar("E")
Handler = Callable[[Call], Data]
"""An operation's handler, bound to its product: the ``data`` of the reply, or an ApiError."""

METHODS = ("get", "post", "put", "delete", "patch")


@cache
def _spec_text() -> str:
    return resources.files("pionex_client").joinpath("openapi.json").read_text(encoding="utf-8")


def load_spec() -> dict[str, Any]:
    """The project's OpenAPI spec, as shipped with the generated client (a fresh copy each call)."""
    spec = json.loads(_spec_text())
    assert isinstance(spec, dict)
    return spec


@dataclass(frozen=True)
class Route:
    """One operation of the spec as the sandbox serves it."""

    operation_id: str
    method: str
    path: str
    permission: str | None
    """The key permission a private operation needs (None: public)."""
    weight: int
    """What one request counts towards the rate limits (see :mod:`pionex_sandbox.limits`)."""

    @property
    def family(self) -> Family:
        """Whose error codes its refusals use."""
        return "MARKET" if self.permission is None else "TRADE"


def routes_of(spec: Mapping[str, Any]) -> list[Route]:
    """Every operation of ``spec``, in the spec's order."""
    routes: list[Route] = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = f"{method.upper()} {path} ({operation.get('operationId', 'no operationId')})"
            if "x-pionex-weight" not in operation:
                raise ValueError(f"{where} has no x-pionex-weight")
            private = bool(operation.get("security", spec.get("security")))
            permission = operation.get("x-pionex-permission")
            if private != (permission is not None):
                raise ValueError(f"{where} must carry x-pionex-permission exactly when it is secured")
            routes.append(
                Route(operation["operationId"], method.upper(), path, permission, operation["x-pionex-weight"])
            )
    return routes


class Operations(Generic[E]):
    """The handlers of one product, by operation id; a handler takes the call and the product's engine.

    ::

        OPERATIONS = Operations[Spot]()

        @OPERATIONS("getBalances")
        def get_balances(call: Call, spot: Spot) -> Data: ...
    """

    def __init__(self) -> None:
        self._handlers: dict[str, Callable[[Call, E], Data]] = {}

    def __call__(self, operation_id: str) -> Callable[[Callable[[Call, E], Data]], Callable[[Call, E], Data]]:
        def register(handler: Callable[[Call, E], Data]) -> Callable[[Call, E], Data]:
            if operation_id in self._handlers:
                raise ValueError(f"{operation_id} has two handlers")
            self._handlers[operation_id] = handler
            return handler

        return register

    def __iter__(self) -> Iterator[str]:
        return iter(self._handlers)

    def bind(self, engine: E) -> dict[str, Handler]:
        """The handlers, each bound to ``engine``."""
        return {operation_id: partial(_call, handler, engine) for operation_id, handler in self._handlers.items()}


def _call(handler: Callable[[Call, E], Data], engine: E, call: Call) -> Data:
    return handler(call, engine)
