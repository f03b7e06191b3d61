"""Shared helpers for the client's tests.

The credentials below are obviously fake: they exist only so that requests can be signed
offline.  Nothing in the test suite talks to the internet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

FAKE_KEY = "test-key-NOT-A-REAL-KEY"
FAKE_SECRET = "test-secret-NOT-A-REAL-SECRET"


def envelope(data: Any = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"result": True, "timestamp": 1700000000000, **extra}
    if data is not None:
        body["data"] = data
    return body


class Recorder:
    """A MockTransport handler that records every request and answers with ``reply``."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._reply = reply or (lambda request: httpx.Response(200, json=envelope({})))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._reply(request)

    def sync(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def asynchronous(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)
