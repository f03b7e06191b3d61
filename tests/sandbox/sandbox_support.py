"""Helpers of the sandbox tests: a hand-moved clock, a signer written from the signing rules
(not shared with the client or the sandbox), a validator of replies against
openapi/pionex.json, an in-process client that checks every reply against the spec, and
starting and stopping the command line.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from starlette.applications import Starlette

from pionex_sandbox import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    READONLY_API_KEY,
    READONLY_API_SECRET,
    Sandbox,
    sandbox_of,
)

ROOT = Path(__file__).parents[2]
SPEC_PATH = ROOT / "openapi" / "pionex.json"
SPEC_URI = "urn:pionex-openapi"
FROZEN_MS = 1_700_000_000_000
BODY_METHODS = ("POST", "DELETE")
KEY = DEFAULT_API_KEY
# The read-only account, as keyword arguments of an Api call: api.get(path, **READONLY).
READONLY: dict[str, Any] = {"key": READONLY_API_KEY, "secret": READONLY_API_SECRET}


# -- signing, from scratch -------------------------------------------------------------------


def sign(secret: str, method: str, path: str, pairs: Sequence[tuple[str, str]], body: bytes = b"") -> str:
    """Hex HMAC-SHA256 of METHOD + path + ? + sorted unencoded query (+ body for POST/DELETE)."""
    query = "&".join(f"{key}={value}" for key, value in sorted(pairs, key=lambda pair: pair[0]))
    message = f"{method}{path}?{query}".encode()
    if method in BODY_METHODS:
        message += body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def tamper(signature: str) -> str:
    """The signature with its first character replaced by another hex digit."""
    return ("0" if signature[0] != "0" else "1") + signature[1:]


@dataclass
class Clock:
    """A clock the tests move by hand."""

    now: int = FROZEN_MS

    def __call__(self) -> int:
        return self.now


# -- the spec ----------------------------------------------------------------------------------


def _decimal_string(instance: object) -> bool:
    return not isinstance(instance, str) or re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", instance) is not None


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checkers.update(oas30_format_checker.checkers)
    checker.checks("decimal")(_decimal_string)
    return checker


def _closed(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec in which object schemas allow no properties they do not declare.

    Schemas that are members of an ``allOf`` (and BaseResponse, only ever used that way or
    alone) stay open, since each member of an ``allOf`` only declares part of the object.
    """
    spec = copy.deepcopy(spec)
    open_ids = {id(spec["components"]["schemas"]["BaseResponse"])}

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for member in node.get("allOf", []):
                open_ids.add(id(member))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    def close(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict) and id(node) not in open_ids:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    collect(spec)
    close(spec)
    return spec


class SpecReplies:
    """Validates replies against the response schemas of openapi/pionex.json."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        checker = _format_checker()
        self._validators: dict[str, tuple[Any, Any]] = {}
        self._registries = [
            Registry().with_resource(SPEC_URI, Resource.from_contents(document, default_specification=DRAFT4))
            for document in (spec, _closed(spec))
        ]
        self._checker = checker
        self.operations: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if method in ("get", "post", "delete", "put", "patch"):
                    self.operations[(method.upper(), path)] = (operation["operationId"], operation)

    def _schema_uri(self, method: str, path: str, status: int) -> str:
        _, operation = self.operations[(method, path)]
        responses = operation["responses"]
        assert str(status) in responses, f"{method} {path} is not documented to answer HTTP {status}"
        response = responses[str(status)]
        if "$ref" in response:
            base = response["$ref"]
        else:
            escaped = path.replace("~", "~0").replace("/", "~1")
            base = f"#/paths/{escaped}/{method.lower()}/responses/{status}"
        return f"{SPEC_URI}{base}/content/application~1json/schema"

    def validate(self, method: str, path: str, status: int, payload: object) -> str:
        """The operationId; raises ``jsonschema.ValidationError`` when the reply does not match."""
        operation_id, operation = self.operations[(method, path)]
        if status == 429:
            # Documented without a body schema (Pionex names no code for it); the sandbox sends its own.
            assert "429" in operation["responses"], f"{method} {path} is not documented to answer HTTP 429"
            assert isinstance(payload, dict) and payload.get("result") is False
            assert payload.get("code") == "TOO_MANY_REQUESTS"
            assert isinstance(payload.get("message"), str) and isinstance(payload.get("timestamp"), int)
            return operation_id
        uri = self._schema_uri(method, path, status)
        payload = _empty_as_absent(operation_id, payload)
        for registry in self._registries:
            validator = OAS30Validator({"$ref": uri}, registry=registry, format_checker=self._checker)
            validator.validate(payload)
        assert isinstance(payload, dict)
        # A refusal may carry `data` where the spec's ErrorResponse declares it (the bots' checks send
        # their investment range with a refusal: Pionex's "FailedWithData").
        refusal = set(self.spec["components"]["schemas"]["ErrorResponse"]["properties"]) | {"result", "timestamp"}
        allowed = {"result", "data", "timestamp"} if payload.get("result") else refusal
        assert set(payload) <= allowed, f"undeclared envelope fields {set(payload) - allowed}"
        assert isinstance(payload.get("result"), bool) and isinstance(payload.get("timestamp"), int)
        if payload["result"] is False:
            assert status >= 400 and isinstance(payload.get("code"), str) and isinstance(payload.get("message"), str)
        else:
            assert status == 200
        return operation_id


EMPTY_AS_ABSENT: dict[str, tuple[str, ...]] = {"earnDualGetPrices": ("profit", "baseSize")}
"""Decimal fields of a list's items that Pionex documents as sent empty (``""``) when they do not
apply (a dual product with ``canInvest`` false), by operation: the client reads ``""`` there as
absent (the spec says so), and so does the validator, there only."""


def _empty_as_absent(operation_id: str, payload: object) -> object:
    fields = EMPTY_AS_ABSENT.get(operation_id)
    data = payload.get("data") if isinstance(payload, dict) else None
    if not fields or not isinstance(data, dict):
        return payload
    lists = {
        name: [
            {key: value for key, value in item.items() if not (key in fields and value == "")}
            if isinstance(item, dict) and item.get("canInvest") is False
            else item
            for item in items
        ]
        for name, items in data.items()
        if isinstance(items, list)
    }
    assert isinstance(payload, dict)
    return {**payload, "data": {**data, **lists}}


_SPEC_REPLIES: SpecReplies | None = None


def spec_replies() -> SpecReplies:
    global _SPEC_REPLIES
    if _SPEC_REPLIES is None:
        _SPEC_REPLIES = SpecReplies(json.loads(SPEC_PATH.read_text(encoding="utf-8")))
    return _SPEC_REPLIES


# -- the in-process client -----------------------------------------------------------------------


@dataclass
class Api:
    """Talks to a sandbox app in-process and validates every reply against the spec.

    ``seen`` collects (operationId, HTTP status) of every validated reply.
    """

    app: Starlette
    clock: Clock
    runner: asyncio.Runner
    client: httpx.AsyncClient
    seen: set[tuple[str, int]] = field(default_factory=set)

    @property
    def sandbox(self) -> Sandbox:
        return sandbox_of(self.app)

    def send(
        self, method: str, path: str, query: str = "", body: bytes = b"", headers: dict[str, str] | None = None
    ) -> httpx.Response:
        url = f"{path}?{query}" if query else path
        response = self.runner.run(self.client.request(method, url, content=body, headers=headers or {}))
        if (method, path) in spec_replies().operations:
            operation_id = spec_replies().validate(method, path, response.status_code, response.json())
            self.seen.add((operation_id, response.status_code))
        return response

    def public(self, path: str, **params: object) -> httpx.Response:
        return self.send("GET", path, urlencode([(key, str(value)) for key, value in params.items()]))

    def private(
        self,
        method: str,
        path: str,
        params: dict[str, object] | None = None,
        body: object = None,
        *,
        key: str | None = DEFAULT_API_KEY,
        secret: str = DEFAULT_API_SECRET,
        timestamp: int | str | None = None,
        signature: str | None = None,
        sign_with: str | None = None,
        extra: Sequence[tuple[str, str]] = (),
    ) -> httpx.Response:
        """A signed request; ``key=None`` leaves out the key header, ``signature=""`` the signature.

        ``extra`` adds query pairs after ``params`` (a name may repeat there).
        """
        pairs = [(name, str(value)) for name, value in (params or {}).items()]
        pairs.extend(extra)
        pairs.append(("timestamp", str(self.clock.now if timestamp is None else timestamp)))
        raw = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
        computed = sign(sign_with or secret, method, path, pairs, raw)
        headers = {}
        if key is not None:
            headers["PIONEX-KEY"] = key
        chosen = computed if signature is None else signature
        if chosen:
            headers["PIONEX-SIGNATURE"] = chosen
        return self.send(method, path, urlencode(pairs, quote_via=quote), raw, headers)

    def ok(self, response: httpx.Response) -> Any:
        payload = response.json()
        assert response.status_code == 200 and payload["result"] is True, payload
        return payload.get("data")

    def get(self, path: str, **params: object) -> Any:
        return self.ok(self.private("GET", path, params))

    def order(self, **fields: object) -> int:
        data = self.ok(self.private("POST", "/api/v1/trade/order", body=fields))
        return int(data["orderId"])

    def refused(self, response: httpx.Response, status: int, code: str) -> str:
        payload = response.json()
        assert response.status_code == status and payload["result"] is False, payload
        assert payload["code"] == code, payload
        return str(payload["message"])


def open_api(app: Starlette, clock: Clock, address: str = "127.0.0.1") -> Iterator[Api]:
    """An :class:`Api` of ``app`` whose requests come from IP ``address``."""
    with asyncio.Runner() as runner:
        transport = httpx.ASGITransport(app=app, client=(address, 50123))
        client = httpx.AsyncClient(transport=transport, base_url="http://sandbox")
        try:
            yield Api(app, clock, runner, client)
        finally:
            runner.run(client.aclose())


# -- the command line -------------------------------------------------------------------------------


def start_cli(*arguments: str) -> tuple[subprocess.Popen[str], list[str]]:
    """Start the command line and return it with the lines it printed up to "Press Ctrl-C"."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pionex_sandbox", *arguments],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    printed: list[str] = []
    deadline = time.monotonic() + 30
    while not printed or "Ctrl-C" not in printed[-1]:
        try:
            printed.append(lines.get(timeout=max(0.0, deadline - time.monotonic())))
        except queue.Empty:
            process.kill()
            raise AssertionError(f"the sandbox did not start in time; printed {printed}") from None
    return process, printed


def stop_cli(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Ctrl-C the command line; its exit status and what it wrote to stderr."""
    process.send_signal(signal.SIGINT)
    try:
        code = process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
    assert process.stderr is not None
    return code, process.stderr.read()
