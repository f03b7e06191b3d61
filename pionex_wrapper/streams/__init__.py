"""Pionex's WebSocket streams: channels, frame decoding, local order books (no I/O), and the
connection runtime that clients use (``client.streams``; see :mod:`.connection` and :mod:`.client`).

The channel table and message models are generated from ``openapi/streams.json`` into
``pionex_client.streams``.  The connection modules are imported on first use of
``client.streams``, not here.
"""

from __future__ import annotations

from .books import BookOutOfSyncError, BookView, FuturesBook, Level, SpotBook, UnsupportedBookMessageError
from .channel import ALL_SYMBOLS, AuthKind, Channel, DepthLimit, Market, SymbolRule
from .decoding import OtherMessage, StreamDecoder, StreamMessage
from .reconcile import Gap, Replayed
from .signing import futures_auth_message, spot_private_query

__all__ = [
    "ALL_SYMBOLS",
    "AuthKind",
    "BookOutOfSyncError",
    "BookView",
    "Channel",
    "DepthLimit",
    "FuturesBook",
    "Gap",
    "Level",
    "Market",
    "OtherMessage",
    "Replayed",
    "SpotBook",
    "StreamDecoder",
    "StreamMessage",
    "SymbolRule",
    "UnsupportedBookMessageError",
    "futures_auth_message",
    "spot_private_query",
]
