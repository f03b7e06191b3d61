"""What a product of the sandbox is: an engine, the operations it answers, the streams it feeds.

Each product lives in a folder of its own (``market/``, ``spot/``, ``futures/``) and says what
it is in one :class:`Product`: how to build its engine on a sandbox, the handlers it
registered by operation id (:class:`~pionex_sandbox.http.routes.Operations`), and the stream
feeds it publishes.  :func:`~pionex_sandbox.http.app.create_app` installs the products it is
given; the routes, methods, permissions and weights come from the spec, never from here.  No
product imports another: what they share is in :mod:`pionex_sandbox.core`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .core.sandbox import Engine, Sandbox
from .http.routes import Operations
from .streams.feed import Feed

E = TypeVar("E", bound=Engine)


def _no_feeds(engine: Any) -> Sequence[Feed]:
    return ()


@dataclass(frozen=True)
class Product(Generic[E]):
    """One product: its name, how its engine is built, its operations and its stream feeds."""

    name: str
    engine: Callable[[Sandbox], E]
    operations: Operations[E]
    feeds: Callable[[E], Sequence[Feed]] = field(default=_no_feeds)
