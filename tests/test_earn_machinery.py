"""The machinery dual investment needs, shown on a made-up ``lab.earn`` area (tests/lab_spec.py
``lab_earn_spec``) generated into a temporary folder: a rule that takes exactly one of two inputs
(``{"present": false}`` in ``x-pionex-requires``), a body list of plain values whose items keep their
own rules, and a write reconciled through a read that takes a list of ids and answers with a list of
records (``lookupKey`` and ``items`` in ``x-pionex-reconcile``).  Then the generator's refusals of a
reconciliation it could not carry out."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import generate, run_generator
from tests.lab_spec import lab_earn_spec
from tests.test_bot_machinery import BUILDER, run


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(lab_earn_spec(), tmp_path_factory.mktemp("lab_earn"))


EXACTLY_ONE = """
server = Server(lambda request: ok({"ref": "r-1", "status": "OK"}))
with client(server) as c:
    subscribe = c.lab.earn.subscribe
    refused(lambda: subscribe(pool="A", units="1", notional="2"), "notional", "must not be given when units is given")
    refused(lambda: subscribe(pool="A"), "notional", "is required when units is not given")
    refused(lambda: c.lab.earn.find(refs=[]), "refs", "must hold at least 1")
    refused(lambda: c.lab.earn.find(refs=["ok", "NOT-OK"]), "refs[1]", "must match")
    refused(lambda: c.lab.earn.find(refs=["ok", "a" * 41]), "refs[1]", "must be at most 40")
    refused(lambda: c.lab.earn.find(refs=["ok", None]), "refs[1]", "is required")
    refused(lambda: c.invoke("labEarnFind", {"refs": ["ok"] * 6}), "refs", "must hold at most 5")
    assert server.requests == []
    subscribe(pool="A", units="1", ref="r-1")
    subscribe(pool="A", notional="2.50", ref="r-2")
    c.lab.earn.find(refs=["r-1", "r-2"])
sent = [json.loads(r.content) for r in server.requests]
assert sent == [
    {"pool": "A", "ref": "r-1", "units": "1"},
    {"pool": "A", "ref": "r-2", "notional": "2.50"},
    {"refs": ["r-1", "r-2"]},
], sent
op = registry.operation("labEarnSubscribe")
assert [(r.condition(), r.require, r.forbid) for r in op.requires] == [
    ("units is given", (), ("notional",)),
    ("units is not given", ("notional",), ()),
]
refs = next(p for p in registry.operation("labEarnFind").params if p.name == "refs")
assert refs.kind == "array" and refs.items is None and refs.item is not None
assert (refs.item.kind, refs.item.pattern, refs.item.max_length) == ("string", "^[a-z0-9-]{1,40}$", 40)
print("EXACTLY ONE")
"""


def test_exactly_one_of_two_inputs_and_the_rules_of_a_lists_items(lab: Path, tmp_path: Path) -> None:
    assert "EXACTLY ONE" in run(lab, tmp_path, EXACTLY_ONE)


RECONCILED = """
import pionex_wrapper.retry

pionex_wrapper.retry.RetryPolicy.delay = lambda self, retry, error, rng=None: 0.0


class Pool:
    '''Keeps subscriptions by ref; loses the replies it is told to, before or after acting.'''

    def __init__(self, after=0, before=0, others=False):
        self.made, self.after, self.before, self.others, self.sent = {}, after, before, others, []

    def __call__(self, request):
        body = json.loads(request.content)
        self.sent.append((request.url.path.rsplit("/", 1)[1], body))
        if request.url.path.endswith("/find"):
            refs = list(self.made) if self.others else body["refs"]
            return ok({"found": [self.made[r] for r in refs if r in self.made and (not self.others or r not in body["refs"])]})
        if self.before:
            self.before -= 1
            return httpx.Response(502, text="bad gateway")
        self.made.setdefault(body["ref"], {"ref": body["ref"], "status": "MADE", "units": body.get("units", "1")})
        if self.after:
            self.after -= 1
            return httpx.Response(503, text="busy")
        return ok({"ref": body["ref"], "status": "MADE"})


pool = Pool(after=1)
with Pionex(KEY, SECRET, transport=httpx.MockTransport(pool)) as c:
    made = c.lab.earn.subscribe(pool="A", units="1", ref="r-1")
assert (made.ref, made.status) == ("r-1", "MADE"), made
assert pool.sent == [("subscribe", {"pool": "A", "ref": "r-1", "units": "1"}), ("find", {"pool": "A", "refs": ["r-1"]})]

pool = Pool(before=1)
with Pionex(KEY, SECRET, transport=httpx.MockTransport(pool)) as c:
    made = c.lab.earn.subscribe(pool="A", units="1")
assert made.ref.startswith("pxsdk-") and list(pool.made) == [made.ref]
assert [step for step, _ in pool.sent] == ["subscribe", "find", "subscribe"]

pool = Pool(before=1, others=True)  # the read answers with someone else's subscription: not this one
pool.made["other"] = {"ref": "other", "status": "MADE"}
with Pionex(KEY, SECRET, transport=httpx.MockTransport(pool)) as c:
    made = c.lab.earn.subscribe(pool="A", units="1", ref="r-3")
assert made.ref == "r-3" and sorted(pool.made) == ["other", "r-3"]
assert [step for step, _ in pool.sent] == ["subscribe", "find", "subscribe"]


async def main():
    pool = Pool(after=1)
    async with AsyncPionex(KEY, SECRET, transport=httpx.MockTransport(pool)) as c:
        made = await c.lab.earn.subscribe(pool="A", notional="5", ref="r-4")
    assert (made.ref, made.status) == ("r-4", "MADE") and [s for s, _ in pool.sent] == ["subscribe", "find"]

asyncio.run(main())
rule = registry.operation("labEarnSubscribe").reconcile
assert (rule.lookup, rule.key, rule.carry) == ("labEarnFind", "ref", ("pool",))
assert (rule.lookup_key, rule.listed, rule.items, rule.match) == ("refs", True, "found", "ref")
print("RECONCILED")
"""


def test_a_write_is_reconciled_through_a_list_lookup(lab: Path, tmp_path: Path) -> None:
    assert "RECONCILED" in run(lab, tmp_path, RECONCILED)


# -- in this process: what the generator refuses ------------------------------------------------------


def builder() -> Any:
    made = BUILDER.Builder.__new__(BUILDER.Builder)
    made.spec = BUILDER.Spec(lab_earn_spec())
    return made


def subscribe() -> dict[str, Any]:
    return copy.deepcopy(lab_earn_spec()["paths"]["/api/v1/lab/earn/subscribe"]["post"])


def test_the_generator_writes_the_list_lookup() -> None:
    raw = subscribe()
    assert builder().reconcile_lookup(raw, raw["x-pionex-reconcile"]) == (
        ", lookup_key='refs', listed=True, items='found', match='ref'"
    )
    # a lookup that takes the id under the write's own name and answers with the record: nothing more
    futures = copy.deepcopy(BUILDER.Spec(lab_earn_spec()).raw["paths"]["/uapi/v1/trade/order"]["post"])
    assert builder().reconcile_lookup(futures, futures["x-pionex-reconcile"]) == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lookupKey": "ids"}, "labEarnFind takes no input 'ids'"),
        ({"lookupKey": None}, "takes no input 'ref'"),
        ({"items": "records"}, "'records' is not a list of records in the reply of labEarnFind"),
        ({"items": None}, "a lookup that takes a list answers with one: name its items"),
        ({"carry": ["units"]}, "carries 'units', which labEarnFind does not take"),
        ({"unless": "x"}, "unknown keys \\['unless'\\]"),
    ],
)
def test_the_generator_refuses_a_list_lookup_it_could_not_use(change: dict[str, Any], message: str) -> None:
    raw = subscribe()
    rule = {k: v for k, v in {**raw["x-pionex-reconcile"], **change}.items() if v is not None}
    with pytest.raises(SystemExit, match=message):
        builder().reconcile_lookup(raw, rule)


def test_the_generator_refuses_records_without_the_id() -> None:
    made = builder()
    del made.spec.raw["components"]["schemas"]["LabSubscription"]["properties"]["ref"]
    raw = subscribe()
    with pytest.raises(SystemExit, match="the records of labEarnFind have no field 'ref'"):
        made.reconcile_lookup(raw, raw["x-pionex-reconcile"])


def test_the_generator_refuses_a_key_that_cannot_take_a_generated_id(tmp_path: Path) -> None:
    spec = lab_earn_spec()
    spec["components"]["schemas"]["LabRef"].update(maxLength=20, pattern="^[a-z0-9-]{1,20}$")
    done = run_generator(spec, tmp_path)
    assert done.returncode != 0
    assert "key 'ref' cannot take an id the client generates" in done.stdout + done.stderr
