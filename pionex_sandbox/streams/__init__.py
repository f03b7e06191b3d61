"""Pionex's streams, served by the same app and port as the REST operations.

The server is :mod:`~pionex_sandbox.streams.hub`; what each topic says is its product's feed
(:mod:`~pionex_sandbox.streams.feed`); ``--stream-fault`` schedules are
:mod:`~pionex_sandbox.streams.faults`.
"""

from __future__ import annotations

from .faults import StreamFault
from .feed import Connection, Feed, StreamError, Subscription
from .hub import CLOSE_POLICY, CLOSE_RESTART, Streams, StreamSettings

__all__ = [
    "CLOSE_POLICY",
    "CLOSE_RESTART",
    "Connection",
    "Feed",
    "StreamError",
    "StreamFault",
    "StreamSettings",
    "Streams",
    "Subscription",
]
