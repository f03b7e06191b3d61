"""The checks every per-product spec test makes of its operations (tests/test_*_spec.py): the registry
holds the product's contract rows, each operation is reachable sync and async with its sample reply
decoded field by field, each sample fills every field of its reply, bad inputs are refused before
sending, and the sandbox lets each key through as the operation's permission says.

A product's file keeps only its facts (its CONTRACT rows, ARGS, SAMPLES, what it refuses) and the tests
only it needs; it builds a :class:`Contract` from them and takes the shared tests from it:

    CHECKS = Contract(CONTRACT, ARGS, SAMPLES)
    test_reachable_sync_with_its_reply_decoded = CHECKS.reachable_sync_test()
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from decimal import Decimal
from functools import reduce
from typing import Any

import httpx
import msgspec
import pytest

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, READONLY_API_KEY, READONLY_API_SECRET, create_app
from pionex_wrapper import (
    AsyncPionex,
    InvalidParameterError,
    Operation,
    PermissionDeniedError,
    Pionex,
    PionexError,
    registry,
)
from tests.helpers import FAKE_KEY, FAKE_SECRET, SPEC, envelope, resolve

# (operationId, area, name, method, path, permission, effect)
Row = tuple[str, str, str, str, str, str | None, str]
Test = Callable[..., None]
# Readies one call's arguments over the sandbox: (client, key, operationId, arguments) -> arguments.
Prepare = Callable[[AsyncPionex, str, str, dict[str, Any]], Awaitable[dict[str, Any]]]

ERRORS: dict[str, Any] = SPEC["components"]["schemas"]["ErrorResponse"]["properties"]["code"]["x-pionex-errors"]


def answering(data: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=envelope(data)))


def never_called(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"a refused call reached the transport: {request.method} {request.url}")


def same(where: str, schema: dict[str, Any], sample: Any, value: Any) -> None:
    """``value`` (a decoded model) holds exactly what ``sample`` (the reply's JSON) says, field by
    field as the spec types it: amounts as equal Decimals with the same digits, enum values as their
    strings, whole numbers as ints, nested models and lists alike."""
    schema = resolve(schema)
    names = {f.encode_name: f.name for f in msgspec.structs.fields(type(value))}
    assert set(names) == set(schema["properties"]), where
    for wire, prop in schema["properties"].items():
        got = getattr(value, names[wire])
        if wire not in sample:
            assert got is None or got == [], f"{where}.{wire}"
            continue
        expect(f"{where}.{wire}", prop, sample[wire], got)


def expect(where: str, prop: dict[str, Any], sent: Any, got: Any) -> None:
    resolved = resolve(prop)
    if "$ref" in prop:
        same(where, resolved, sent, got)
    elif resolved.get("type") == "array":
        assert isinstance(got, list) and len(got) == len(sent), where
        for index, (one, decoded) in enumerate(zip(sent, got, strict=True)):
            expect(f"{where}[{index}]", resolved["items"], one, decoded)
    elif resolved.get("format") == "decimal":
        # the same digits and exponent: "1.50" stays 1.50, not 1.5
        assert isinstance(got, Decimal) and got.as_tuple() == Decimal(str(sent)).as_tuple(), (where, got, sent)
    elif resolved.get("type") == "integer":
        assert type(got) is int and got == sent, where
    elif resolved.get("type") == "boolean":
        assert got is sent, where
    else:
        assert type(got) is str and got == sent, where
        if "enum" in resolved:
            assert got in resolved["enum"], where


def covered(schema: dict[str, Any], samples: list[Any], where: str) -> list[str]:
    """Fields of ``schema`` that none of ``samples`` fills (nested objects and list items included)."""
    schema = resolve(schema)
    missing: list[str] = []
    for wire, prop in schema["properties"].items():
        given = [s[wire] for s in samples if wire in s]
        if not given:
            missing.append(f"{where}.{wire}")
            continue
        resolved = resolve(prop)
        if resolved.get("type") == "array":
            items = [item for value in given for item in value]
            if not items:
                missing.append(f"{where}.{wire}[]")
            elif "properties" in resolve(resolved["items"]):
                missing.extend(covered(resolved["items"], items, f"{where}.{wire}[]"))
        elif "properties" in resolved:
            missing.extend(covered(resolved, given, f"{where}.{wire}"))
    return missing


class Contract:
    """A product's operations as its spec test states them.

    ``rows``: its CONTRACT; ``args``: a plausible call of each operation by Python names; ``samples``:
    each operation's reply ``data`` (None for an operation that replies without data); ``as_read``: a
    sample as the client reads it, when that differs; ``bodies``: the exact JSON body an operation sends
    with its ``args``; ``decoded``: a check of its own for a reply the field-by-field one cannot read.
    """

    def __init__(
        self,
        rows: Sequence[Row],
        args: Mapping[str, dict[str, Any]],
        samples: Mapping[str, Any],
        *,
        as_read: Callable[[Any], Any] = lambda sample: sample,
        bodies: Mapping[str, Any] | None = None,
        decoded: Mapping[str, Callable[[Any], None]] | None = None,
    ) -> None:
        self.rows = list(rows)
        self.ids = [row[0] for row in self.rows]
        self.args, self.samples, self.as_read = args, samples, as_read
        self.bodies, self.decoded = bodies or {}, decoded or {}

    def row(self, operation_id: str) -> Row:
        return next(r for r in self.rows if r[0] == operation_id)

    def method_of(self, client: Any, operation_id: str) -> Any:
        _, area, name, *_ = self.row(operation_id)
        return getattr(reduce(getattr, area.split("."), client), name)

    def raw_operation(self, operation_id: str) -> dict[str, Any]:
        _, _, _, method, path, *_ = self.row(operation_id)
        operation: dict[str, Any] = SPEC["paths"][path][method.lower()]
        return operation

    def reply_schema(self, operation_id: str) -> dict[str, Any]:
        reply = self.raw_operation(operation_id)["responses"]["200"]["content"]["application/json"]["schema"]
        return resolve(reply["allOf"][1]["properties"]["data"])

    # -- checks --------------------------------------------------------------------------------------

    def check_registry(self, within: Callable[[Operation[Any]], bool]) -> dict[str, Operation[Any]]:
        """The registry's operations ``within`` the product are exactly the rows, each as its row says."""
        ops = {op.operation_id: op for op in registry.operations() if within(op)}
        assert sorted(ops) == sorted(self.ids) and len(ops) == len(self.rows)
        for operation_id, area, name, method, path, permission, effect in self.rows:
            op = ops[operation_id]
            assert (op.area, op.name, op.method, op.path) == (area, name, method, path), operation_id
            assert (op.permission, op.effect, op.weight, op.alias) == (permission, effect, 1, None), operation_id
            assert op.command == " ".join(w.replace("_", "-") for w in (*area.split("."), name)), operation_id
        return ops

    def check_decoded(self, operation_id: str, result: Any) -> None:
        op = registry.operation(operation_id)
        data = self.samples[operation_id]
        if data is None:
            assert result is None and op.data_type is None, operation_id
            return
        assert type(result) is op.data_type
        if operation_id in self.decoded:
            self.decoded[operation_id](result)
        else:
            same(op.data_type.__name__, self.reply_schema(operation_id), self.as_read(data), result)

    def check_reachable_sync(self, operation_id: str) -> None:
        op = registry.operation(operation_id)
        sent: list[httpx.Request] = []

        def reply(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json=envelope(self.samples[operation_id]))

        with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(reply)) as client:
            result = self.method_of(client, operation_id)(**self.args[operation_id])
        (request,) = sent
        assert (request.method, request.url.path) == (op.method, op.path)
        assert ("PIONEX-SIGNATURE" in request.headers) == op.private  # public reads carry no credentials
        if operation_id in self.bodies:
            assert json.loads(request.content) == self.bodies[operation_id]
        self.check_decoded(operation_id, result)

    def check_reachable_async(self, operation_id: str) -> None:
        async def main() -> Any:
            async with AsyncPionex(FAKE_KEY, FAKE_SECRET, transport=answering(self.samples[operation_id])) as client:
                return await self.method_of(client, operation_id)(**self.args[operation_id])

        self.check_decoded(operation_id, asyncio.run(main()))

    def check_sample_fills_its_reply(self, operation_id: str) -> None:
        data = self.samples[operation_id]
        if data is None:
            assert registry.operation(operation_id).data_type is None
            return
        assert covered(self.reply_schema(operation_id), [data], "data") == []

    def check_refused(self, operation_id: str, arguments: dict[str, Any], named: str, words: str = "") -> None:
        """The call is refused before anything is sent, naming ``named`` with ``words`` in its message."""
        with Pionex(FAKE_KEY, FAKE_SECRET, transport=httpx.MockTransport(never_called)) as client:
            with pytest.raises(InvalidParameterError) as caught:
                self.method_of(client, operation_id)(**arguments)
        assert caught.value.parameter == named, str(caught.value)
        assert words in str(caught.value)

    def check_permissions_over_sandbox(
        self, *, prepare: Prepare | None = None, let_through: type[PionexError] = PionexError
    ) -> dict[str, Any]:
        """Every operation called over one sandbox with the read-only key, then the default one: the
        read-only key is refused (PERMISSION_DENIED naming the permission) whatever needs more than
        read, and gets no ``let_through`` error elsewhere; the default key gets none anywhere.  The
        outcomes (reply or error) come back by "key:operationId"."""

        async def main() -> dict[str, Any]:
            outcome: dict[str, Any] = {}
            app = create_app(seed=7)
            for key, secret in ((READONLY_API_KEY, READONLY_API_SECRET), (DEFAULT_API_KEY, DEFAULT_API_SECRET)):
                transport = httpx.ASGITransport(app=app)
                async with AsyncPionex(
                    key, secret, base_url="http://sandbox", transport=transport, max_retries=0
                ) as client:
                    for operation_id in self.ids:
                        arguments = dict(self.args[operation_id])
                        if prepare is not None:
                            arguments = await prepare(client, key, operation_id, arguments)
                        try:
                            outcome[f"{key}:{operation_id}"] = await self.method_of(client, operation_id)(**arguments)
                        except PionexError as error:
                            outcome[f"{key}:{operation_id}"] = error
            return outcome

        outcome = asyncio.run(main())
        for operation_id, *_, permission, _ in self.rows:
            readonly = outcome[f"{READONLY_API_KEY}:{operation_id}"]
            default = outcome[f"{DEFAULT_API_KEY}:{operation_id}"]
            if permission in (None, "read"):
                assert not isinstance(readonly, let_through), (operation_id, readonly)
            else:
                assert isinstance(readonly, PermissionDeniedError), (operation_id, readonly)
                assert permission in str(readonly), (operation_id, readonly)
            assert not isinstance(default, let_through), (operation_id, default)
        return outcome

    # -- the shared tests, parametrised over the product's operations ---------------------------------

    def reachable_sync_test(self) -> Test:
        @pytest.mark.parametrize("operation_id", self.ids)
        def test(operation_id: str) -> None:
            self.check_reachable_sync(operation_id)

        return test

    def reachable_async_test(self) -> Test:
        @pytest.mark.parametrize("operation_id", self.ids)
        def test(operation_id: str) -> None:
            self.check_reachable_async(operation_id)

        return test

    def sample_fills_test(self, ids: Sequence[str] | None = None) -> Test:
        @pytest.mark.parametrize("operation_id", self.ids if ids is None else ids)
        def test(operation_id: str) -> None:
            self.check_sample_fills_its_reply(operation_id)

        return test

    def refused_test(self, refused: Sequence[tuple[Any, ...]]) -> Test:
        """``refused``: (operationId, arguments, the input the refusal names[, words of its message])."""

        @pytest.mark.parametrize(("operation_id", "arguments", "named", "words"), [(*r, "")[:4] for r in refused])
        def test(operation_id: str, arguments: dict[str, Any], named: str, words: str) -> None:
            self.check_refused(operation_id, arguments, named, words)

        return test
