"""Pionex's WebSocket streams, as data: channels, frame decoding and local order books.

No I/O here: a connection runtime feeds frames in and sends what :class:`Channel` builds.
The channel table and message models are generated from ``openapi/streams.json`` into
``pionex_client.streams``.
"""

from __future__ import annotations

from .books import BookOutOfSyncError, BookView, FuturesBook, Level, SpotBook
from .channel import ALL_SYMBOLS, AuthKind, Channel, DepthLimit, Market, SymbolRule
from .decoding import OtherMessage, StreamDecoder, StreamMessage
from .signing import futures_auth_message, spot_private_query

__all__ = [
    "ALL_SYMBOLS",
    "AuthKind",
    "BookOutOfSyncError",
    "BookView",
    "Channel",
    "DepthLimit",
    "FuturesBook",
    "Level",
    "Market",
    "OtherMessage",
    "SpotBook",
    "StreamDecoder",
    "StreamMessage",
    "SymbolRule",
    "futures_auth_message",
    "spot_private_query",
]
