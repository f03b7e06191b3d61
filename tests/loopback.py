"""A tiny HTTP/1.1 server on 127.0.0.1 that misbehaves on request, for fault tests.

Each connection is served in its own thread, keep-alive.  What a request gets is chosen by
its path (``server.modes[path]``, "ok" by default):

* ``ok``: the JSON reply in ``server.reply`` (a minimal success);
* ``drip``: headers, then a JSON body one byte every ``server.drip_every`` seconds;
* ``drip_head``: the status line and then headers without end, one byte every
  ``server.drip_every`` seconds (each byte well within any read timeout), until the client leaves;
* ``bomb``: ``server.bomb`` (gzip bytes) with ``Content-Encoding: gzip``;
* ``echo401``: a 401 ``INVALID_SIGNATURE`` whose message quotes the request's key and signature;
* ``drop``: the connection is closed without a reply.

Every request's headers are kept in ``server.seen`` (to know the signatures sent).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.helpers import FAKE_KEY, FAKE_SECRET, envelope

DRIP_BODY = json.dumps(envelope({"bids": [], "asks": []})).encode()


class LoopbackServer:
    def __init__(self) -> None:
        self.modes: dict[str, str] = {}
        self.reply: bytes = json.dumps(envelope({"bids": [["1", "2"]], "asks": [["3", "4"]], "balances": []})).encode()
        self.bomb = b""
        self.drip_every = 0.2
        self.seen: list[dict[str, str]] = []
        self.dripped = 0
        self._closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._spawn(self._accept)

    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        self._listener.settimeout(0.05)  # to notice close(): closing does not wake accept()
        while not self._closed.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            self._connections.append(connection)
            self._spawn(self._serve, connection)

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        with connection:
            try:
                while not self._closed.is_set():
                    while b"\r\n\r\n" not in buffer:
                        data = connection.recv(65536)
                        if not data:
                            return
                        buffer += data
                    head, _, buffer = buffer.partition(b"\r\n\r\n")
                    lines = head.decode("latin-1").split("\r\n")
                    path = lines[0].split(" ")[1].split("?")[0]
                    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
                    length = int(headers.get("content-length", "0"))
                    while len(buffer) < length:
                        buffer += connection.recv(65536)
                    buffer = buffer[length:]
                    self.seen.append(headers)
                    if not self._answer(connection, self.modes.get(path, "ok"), headers):
                        return
            except OSError:
                return

    def _answer(self, connection: socket.socket, mode: str, headers: dict[str, str]) -> bool:
        """Answers one request; False when the connection is to be dropped."""
        if mode == "drop":
            return False
        if mode == "drip_head":
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: "
            sent = 0
            while not self._closed.wait(self.drip_every):
                connection.sendall(head[sent : sent + 1] if sent < len(head) else b"a")
                sent += 1
                self.dripped += 1
            return False
        if mode == "drip":
            connection.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(DRIP_BODY)}\r\n\r\n".encode()
            )
            for byte in DRIP_BODY:
                if self._closed.wait(self.drip_every):
                    return False
                connection.sendall(bytes([byte]))
                self.dripped += 1
            return True
        status, extra, body = "200 OK", b"", self.reply
        if mode == "bomb":
            extra, body = b"Content-Encoding: gzip\r\n", self.bomb
        elif mode == "echo401":
            said = f"bad signature {headers.get('pionex-signature')} for key {headers.get('pionex-key')}"
            status, body = (
                "401 Unauthorized",
                json.dumps({"result": False, "code": "INVALID_SIGNATURE", "message": said}).encode(),
            )
        connection.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n".encode()
            + extra
            + b"\r\n"
            + body
        )
        return True

    def close(self) -> None:
        self._closed.set()
        for connection in self._connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._listener.close()


@contextmanager
def loopback() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    try:
        yield server
    finally:
        server.close()


def signatures(server: LoopbackServer) -> list[str]:
    """Every PIONEX-SIGNATURE the server received."""
    return [headers["pionex-signature"] for headers in server.seen if "pionex-signature" in headers]


def secrets_in(text: str, signatures: list[str]) -> list[str]:
    """The fake key, the fake secret and the signatures that ``text`` shows."""
    return [secret for secret in (FAKE_KEY, FAKE_SECRET, *signatures) if secret and secret in text]
