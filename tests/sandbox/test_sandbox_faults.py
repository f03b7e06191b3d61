"""Faults on demand: what a plain httpx client sees through a real loopback server.

No timing is asserted (the machines are noisy): a latency is only shown to outlast a client
timeout far shorter than it, and every wait is bounded.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pionex_sandbox import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    ConnectionDropped,
    Fault,
    Faults,
    RunningSandbox,
    Spot,
    create_app,
    faults_of,
    running_sandbox,
)
from pionex_sandbox.__main__ import _parser, main
from pionex_sandbox.faults import DEFAULT_HANG_MS
from tests.sandbox.sandbox_support import FROZEN_MS, Clock, sign, start_cli, stop_cli

DEPTH = "/api/v1/market/depth"
TICKERS = "/api/v1/market/tickers"
ORDER = "/api/v1/trade/order"
BY_CLIENT_ID = "/api/v1/trade/orderByClientOrderId"
DEPTH_QUERY = {"symbol": "BTC_USDT", "limit": "3"}
LOST = (httpx.ReadError, httpx.RemoteProtocolError)
"""What httpx raises when the connection goes mid-reply (which one depends on when it reads)."""


@pytest.fixture
def no_server_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The faults are deliberate: the server logs no error or traceback for them."""
    caplog.set_level(logging.WARNING)
    yield
    problems = [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]
    assert problems == []


Serve = Callable[..., AbstractContextManager[RunningSandbox]]


@pytest.fixture(scope="module")
def shared() -> Iterator[RunningSandbox]:
    """One served sandbox for the module (starting one per test would cost more than the tests)."""
    with running_sandbox(seed=7, clock=Clock()) as served:
        yield served


@pytest.fixture
def serve(shared: RunningSandbox) -> Serve:
    """``with serve(*faults, seed=0) as served``: the shared sandbox with only these faults, a fresh record."""

    @contextmanager
    def using(*faults: str | Fault, seed: int = 0) -> Iterator[RunningSandbox]:
        shared.faults.set(*faults, seed=seed)
        shared.faults.forget()
        try:
            yield shared
        finally:
            shared.faults.clear()
            shared.faults.release()  # whatever a fault still holds up ends now

    return using


def client(served: RunningSandbox, timeout: float = 10) -> httpx.Client:
    return httpx.Client(base_url=served.base_url, timeout=timeout)


def signed(
    http: httpx.Client, method: str, path: str, params: dict[str, str] | None = None, body: object = None
) -> httpx.Response:
    """A private request signed from scratch (the sandbox's clock is frozen at FROZEN_MS)."""
    pairs = [*(params or {}).items(), ("timestamp", str(FROZEN_MS))]
    raw = b"" if body is None else json.dumps(body).encode()
    headers = {"PIONEX-KEY": DEFAULT_API_KEY, "PIONEX-SIGNATURE": sign(DEFAULT_API_SECRET, method, path, pairs, raw)}
    if raw:
        headers["Content-Type"] = "application/json"
    return http.request(method, path, params=pairs, content=raw, headers=headers)


def place(http: httpx.Client, client_order_id: str) -> httpx.Response:
    """A LIMIT BUY far under the market, so it rests."""
    fields = {"symbol": "ETH_USDT", "side": "BUY", "type": "LIMIT", "size": "0.1", "price": "3000"}
    return signed(http, "POST", ORDER, body={**fields, "clientOrderId": client_order_id})


def find(served: RunningSandbox, client_order_id: str) -> dict[str, Any] | None:
    """The order as a clean follow-up request on a fresh connection sees it (None: not found)."""
    with client(served) as http:
        reply = signed(http, "GET", BY_CLIENT_ID, {"symbol": "ETH_USDT", "clientOrderId": client_order_id})
    payload = reply.json()
    if reply.status_code == 400 and payload.get("code") == "TRADE_ORDER_NOT_FOUND":
        return None
    assert reply.status_code == 200 and payload["result"] is True, payload
    data: dict[str, Any] = payload["data"]
    return data


_IDS = itertools.count(1)


def new_id(prefix: str) -> str:
    """A client order id no other test of the module uses (they share one sandbox)."""
    return f"{prefix}-{next(_IDS)}"


def clean_depth(served: RunningSandbox) -> bytes:
    with client(served) as http:
        reply = http.get(DEPTH, params=DEPTH_QUERY)
    assert reply.status_code == 200
    return reply.content


# -- each kind, seen by the client -------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_status_is_a_json_envelope_without_code(status: int, no_server_errors: None, serve: Serve) -> None:
    with serve(f"status:{status}") as served, client(served) as http:
        reply = http.get(DEPTH, params=DEPTH_QUERY)
        assert reply.status_code == status
        assert reply.headers["content-type"] == "application/json"
        payload = reply.json()
        assert payload["result"] is False and "code" not in payload
        assert str(status) in payload["message"] and payload["timestamp"] == FROZEN_MS
        served.faults.clear()
        assert http.get(DEPTH, params=DEPTH_QUERY).status_code == 200
        assert served.faults.count() == served.faults.count("status") == 1


def test_status_defaults_to_503(serve: Serve) -> None:
    with serve("status") as served, client(served) as http:
        assert http.get(TICKERS).status_code == 503


@pytest.mark.parametrize(("spec", "status"), [("html", 502), ("html:503", 503), ("html:504:after", 504)])
def test_html_is_a_gateway_page(spec: str, status: int, no_server_errors: None, serve: Serve) -> None:
    with serve(spec) as served, client(served) as http:
        reply = http.get(DEPTH, params=DEPTH_QUERY)
        assert reply.status_code == status
        assert reply.headers["content-type"].startswith("text/html")
        assert reply.text.startswith("<html>") and f"<title>{status} " in reply.text
        assert int(reply.headers["content-length"]) == len(reply.content)
        with pytest.raises(ValueError):
            reply.json()


@pytest.mark.parametrize("when", ["before", "after"])
def test_reset_loses_the_connection_mid_reply(when: str, no_server_errors: None, serve: Serve) -> None:
    with serve(f"reset:{when}:times=1") as served, client(served) as http:
        with pytest.raises(LOST):
            http.get(DEPTH, params=DEPTH_QUERY)
        # The pool drops the broken connection; the next request is served on a new one.
        assert http.get(DEPTH, params=DEPTH_QUERY).status_code == 200
        assert served.faults.count("reset", when=when) == 1


def test_truncate_after_cuts_the_real_reply(serve: Serve) -> None:
    with serve("truncate:after:path=/api/v1/market/depth:times=1") as served:
        with client(served) as http:
            reply = http.get(DEPTH, params=DEPTH_QUERY)
        whole = clean_depth(served)
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/json"
    assert int(reply.headers["content-length"]) == len(reply.content) == len(whole) // 2
    assert whole.startswith(reply.content)
    with pytest.raises(json.JSONDecodeError):
        reply.json()


def test_truncate_before_cuts_a_stand_in(serve: Serve) -> None:
    with serve("truncate") as served, client(served) as http:
        reply = http.get(DEPTH, params=DEPTH_QUERY)
    assert reply.status_code == 200 and int(reply.headers["content-length"]) == len(reply.content) > 0
    assert reply.content.startswith(b'{"result":true')
    with pytest.raises(json.JSONDecodeError):
        reply.json()


@pytest.mark.parametrize("when", ["before", "after"])
def test_drop_sends_nothing_until_the_client_gives_up(when: str, no_server_errors: None, serve: Serve) -> None:
    with serve(f"drop:{when}:times=1") as served:  # silent for a minute unless the client leaves
        with client(served, timeout=0.3) as http:
            with pytest.raises(httpx.ReadTimeout):
                http.get(DEPTH, params=DEPTH_QUERY)
        assert clean_depth(served)
        assert served.server is not None
        state = served.server.server_state
        # The client left, so the dropped request ends (long before its minute is up).
        assert wait_for(lambda: not state.tasks, seconds=10)


def test_drop_for_a_while_then_closes(no_server_errors: None, serve: Serve) -> None:
    with serve("drop:200ms:times=1") as served, client(served, timeout=30) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(DEPTH, params=DEPTH_QUERY)


def test_stopping_the_server_ends_a_drop_in_progress(no_server_errors: None) -> None:
    outcome: list[BaseException | int] = []
    with running_sandbox(clock=Clock(), faults=["drop"]) as served:
        assert served.server is not None
        state = served.server.server_state

        def call() -> None:
            try:
                with client(served, timeout=60) as http:
                    outcome.append(http.get(DEPTH, params=DEPTH_QUERY).status_code)
            except httpx.HTTPError as error:
                outcome.append(error)

        caller = threading.Thread(target=call, daemon=True)
        caller.start()
        assert wait_for(lambda: bool(state.tasks), seconds=10)
    caller.join(timeout=20)
    assert not caller.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], httpx.RemoteProtocolError)


def test_latency_outlasts_a_short_client_timeout(no_server_errors: None, serve: Serve) -> None:
    with serve("latency:5s:times=1") as served, client(served, timeout=0.2) as http:
        with pytest.raises(httpx.ReadTimeout):
            http.get(DEPTH, params=DEPTH_QUERY)
    with serve("latency:20ms", "latency:30ms:after") as served, client(served) as http:
        assert http.get(DEPTH, params=DEPTH_QUERY).status_code == 200
        assert [strike.when for strike in served.faults.struck] == ["before", "after"]


def wait_for(condition: Callable[[], object], seconds: float) -> bool:
    """Poll ``condition`` for at most ``seconds``; whether it came true."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


# -- before and after: the reply is lost, was the order placed? ---------------------------------------

AFTER_ORDER = f"after:path={ORDER}:method=POST"


def lose_reply(spec: str, http: httpx.Client, client_order_id: str) -> None:
    """Place an order under a fault and check the client got no usable reply."""
    kind = spec.partition(":")[0]
    if kind in ("reset", "drop", "latency"):
        with pytest.raises((*LOST, httpx.ReadTimeout)):
            place(http, client_order_id)
        return
    reply = place(http, client_order_id)
    if kind == "truncate":
        assert reply.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            reply.json()
    else:
        assert reply.status_code >= 500
        assert "orderId" not in reply.text


FAULTS_ON_ORDERS = ["status:503", "status:500", "html:502", "reset", "truncate", "drop:10s"]


@pytest.mark.parametrize("fault", [*FAULTS_ON_ORDERS, "latency:60s"])
def test_after_the_order_is_placed_although_the_reply_is_lost(fault: str, no_server_errors: None, serve: Serve) -> None:
    kind, _, rest = fault.partition(":")
    spec = ":".join(part for part in (kind, rest, AFTER_ORDER) if part)
    ids = new_id("lost"), new_id("lost")
    with serve(spec) as served:
        # A short timeout only where waiting out a silent server is the point: elsewhere a busy
        # machine must not turn a 503 into a timeout.
        with client(served, timeout=0.3 if kind in ("drop", "latency") else 10.0) as http:
            lose_reply(spec, http, ids[0])
            # Trying again with a new client order id, as a blind retry does, places a second order.
            lose_reply(spec, http, ids[1])
        first, second = find(served, ids[0]), find(served, ids[1])
        assert first is not None and second is not None
        assert (first["status"], Decimal(first["price"]), Decimal(first["size"])) == ("OPEN", 3000, Decimal("0.1"))
        assert second["orderId"] != first["orderId"]
        assert (
            served.sandbox.engine(Spot).find_by_client_id(served.sandbox.accounts[DEFAULT_API_KEY], ids[0]) is not None
        )
        assert served.faults.count(when="after") == 2
        # A read of the same path is not touched by a fault of POST.
        with client(served) as http:
            again = signed(http, "GET", ORDER, {"orderId": str(first["orderId"])})
        assert again.status_code == 200 and again.json()["data"] == first


@pytest.mark.parametrize("fault", FAULTS_ON_ORDERS)
def test_before_the_order_is_never_placed(fault: str, no_server_errors: None, serve: Serve) -> None:
    spec = f"{fault}:before:path={ORDER}:method=POST"
    never = new_id("never")
    with serve(spec) as served:
        orders = len(served.sandbox.engine(Spot).orders)
        with client(served, timeout=0.3) as http:
            lose_reply(spec, http, never)
        assert find(served, never) is None
        assert len(served.sandbox.engine(Spot).orders) == orders
        assert served.faults.count(when="before") == 1


def test_a_slow_order_lands_after_the_client_gave_up(no_server_errors: None, serve: Serve) -> None:
    """Latency before the sandbox acts: the client times out, and the order is placed later anyway."""
    with serve(f"latency:60s:before:path={ORDER}:method=POST") as served:
        slow = new_id("slow")
        with client(served, timeout=0.3) as http:
            with pytest.raises(httpx.ReadTimeout):
                place(http, slow)
        assert find(served, slow) is None  # still on its way
        served.faults.release()  # end the wait now rather than in a minute
        assert wait_for(lambda: find(served, slow) is not None, seconds=10)


def test_after_a_fault_balances_moved(serve: Serve) -> None:
    with serve(f"status:503:{AFTER_ORDER}") as served, client(served) as http:
        before = signed(http, "GET", "/api/v1/account/balances").json()["data"]["balances"]
        assert place(http, new_id("moved")).status_code == 503
        after = signed(http, "GET", "/api/v1/account/balances").json()["data"]["balances"]
    usdt = {entry["coin"]: entry for entry in before}["USDT"], {entry["coin"]: entry for entry in after}["USDT"]
    assert float(usdt[1]["frozen"]) - float(usdt[0]["frozen"]) == 300.0


# -- which requests: filters, counts, determinism --------------------------------------------------


def statuses(served: RunningSandbox, count: int, path: str = TICKERS) -> list[int]:
    with client(served) as http:
        return [http.get(path).status_code for _ in range(count)]


def test_every_and_times(serve: Serve) -> None:
    with serve("status:503:every=3") as served:
        assert statuses(served, 7) == [200, 200, 503, 200, 200, 503, 200]
        served.faults.set("status:502:times=2")
        assert statuses(served, 4) == [502, 502, 200, 200]
        served.faults.set("status:500:every=2:times=1")
        assert statuses(served, 5) == [200, 500, 200, 200, 200]


def test_path_and_method_filters(serve: Serve) -> None:
    with serve("status:503:path=/api/v1/market/*", "html:502:method=DELETE") as served, client(served) as http:
        assert http.get(DEPTH, params=DEPTH_QUERY).status_code == 503
        assert http.get(TICKERS).status_code == 503
        assert http.get("/api/v1/common/symbols").status_code == 200
        assert signed(http, "GET", "/api/v1/account/balances").status_code == 200
        refused = signed(http, "DELETE", ORDER, body={"symbol": "ETH_USDT", "orderId": 1})
        assert refused.status_code == 502 and refused.headers["content-type"].startswith("text/html")
        strikes = served.faults.struck
        assert [(strike.number, strike.method, strike.path, strike.kind) for strike in strikes] == [
            (1, "GET", DEPTH, "status"),
            (2, "GET", TICKERS, "status"),
            (5, "DELETE", ORDER, "html"),
        ]
        assert served.faults.seen == 5


def test_latencies_add_up_and_the_first_other_fault_wins() -> None:
    plan = Faults(["latency:1ms", "status:500", "latency:2ms:after", "html:502"])
    with running_sandbox(clock=Clock(), faults=plan) as served, client(served) as http:
        reply = http.get(TICKERS)
        assert reply.status_code == 500 and reply.headers["content-type"] == "application/json"
    assert [strike.kind for strike in plan.struck] == ["latency", "status", "latency"]


def test_the_plan_changes_at_run_time() -> None:
    with running_sandbox(clock=Clock()) as served:
        assert served.faults.faults == () and not served.faults
        assert statuses(served, 2) == [200, 200]
        served.faults.set("status:503")
        assert statuses(served, 2) == [503, 503]
        served.faults.add("html:502:path=/api/v1/market/depth")
        assert statuses(served, 1, DEPTH) == [503]  # the first fault wins
        served.faults.clear()
        assert statuses(served, 2) == [200, 200]
        assert served.faults.count() == 3 and served.faults.seen == 7
        served.faults.forget()
        assert served.faults.count() == 0 and served.faults.seen == 0
        assert served.faults is faults_of(served.app) is served.app.state.faults


@pytest.mark.parametrize("spec", ["status:503:p=0.5", "reset:p=0.3"])
def test_same_seed_same_faults(spec: str, serve: Serve) -> None:
    def run(seed: int) -> list[str]:
        seen = []
        with serve(spec, seed=seed) as served, client(served) as http:
            for _ in range(40):
                try:
                    seen.append(str(http.get(TICKERS).status_code))
                except LOST:
                    seen.append("lost")
        return seen

    first, again, other = run(11), run(11), run(12)
    assert first == again
    assert len(set(first)) == 2  # some struck, some did not
    assert other != first


def test_set_restarts_the_random_draws(serve: Serve) -> None:
    with serve("status:503:p=0.5", seed=5) as served:
        first = statuses(served, 20)
        served.faults.set("status:503:p=0.5")
        assert statuses(served, 20) == first
        served.faults.set("status:503:p=0.5", seed=6)
        assert served.faults.seed == 6
        assert statuses(served, 20) != first


def test_faults_given_with_a_prepared_app_are_refused() -> None:
    with pytest.raises(ValueError, match="create_app"):
        with running_sandbox(app=create_app(clock=Clock()), faults=["status"]):
            pass


# -- in-process --------------------------------------------------------------------------------------


def test_in_process_reset_raises_connection_dropped() -> None:
    app = create_app(clock=Clock(), faults=["reset:times=1", "truncate:after:times=1"])

    async def calls() -> tuple[BaseException | None, httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
            try:
                await http.get(TICKERS)
            except ConnectionDropped as error:
                dropped: BaseException | None = error
            else:
                dropped = None
            return dropped, await http.get(TICKERS)

    dropped, truncated = asyncio.run(calls())
    assert isinstance(dropped, ConnectionDropped)
    assert truncated.status_code == 200 and int(truncated.headers["content-length"]) == len(truncated.content)
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    assert faults_of(app).count() == 2


# -- the spec syntax -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "fault"),
    [
        ("status", Fault("status")),
        ("status:503:p=0.1", Fault("status", status=503, p=0.1)),
        (
            f"reset:after:path={ORDER}:p=0.2",
            Fault("reset", when="after", path=ORDER, p=0.2),
        ),
        ("latency:300ms:p=0.5", Fault("latency", ms=300, p=0.5)),
        ("latency:1.5s:after", Fault("latency", ms=1500, when="after")),
        ("html:504:every=3:times=2", Fault("html", status=504, every=3, times=2)),
        ("truncate:method=post:p=25%", Fault("truncate", method="POST", p=0.25)),
        ("drop:5s:before", Fault("drop", ms=5000)),
        (" DROP : path=/api/v1/trade/* ", Fault("drop", path="/api/v1/trade/*")),
    ],
)
def test_parse(spec: str, fault: Fault) -> None:
    parsed = Fault.parse(spec)
    assert parsed == fault
    assert Fault.parse(str(parsed)) == parsed


def test_defaults() -> None:
    assert Fault("status").status_code == 503 and Fault("html").status_code == 502
    assert Fault("drop").hang_ms == DEFAULT_HANG_MS
    assert (
        str(Fault.parse("reset:after:path=/api/v1/trade/order:p=0.2")) == "reset:after:path=/api/v1/trade/order:p=0.2"
    )


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "boom",
        "latency",  # needs a duration
        "latency:300",  # a duration has a unit
        "latency:-5ms",
        "status:200",  # not an error
        "status:700",
        "status:5s",
        "reset:503",
        "truncate:300ms",
        "status:p=2",
        "status:p=lots",
        "status:every=0",
        "status:times=-1",
        "status:path=api/v1",
        "status:method=P0ST",
        "status:colour=red",
        "status:before:after",
        "status:503:502",
        "status:sometimes",
    ],
)
def test_parse_refuses_bad_specs(spec: str) -> None:
    with pytest.raises(ValueError):
        Fault.parse(spec)


# -- the command line --------------------------------------------------------------------------------


def test_cli_parses_faults() -> None:
    args = _parser().parse_args(["--fault", "status:503:p=0.1", "--fault", "latency:300ms", "--fault-seed", "9"])
    assert args.fault == [Fault("status", status=503, p=0.1), Fault("latency", ms=300)] and args.fault_seed == 9
    plain = _parser().parse_args([])
    assert plain.fault == [] and plain.fault_seed == 0


@pytest.mark.parametrize(
    "arguments",
    [["--fault", "boom"], ["--fault", "status:p=2"], ["--fault", "latency"], ["--fault-seed", "x"], ["--fault"]],
)
def test_cli_refuses_bad_faults(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(arguments)
    assert stopped.value.code == 2
    assert "error" in capsys.readouterr().err


def test_cli_help_documents_the_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for word in ("--fault SPEC", "--fault-seed", "before|after", "every=N", "times=N", "path=", "method=POST"):
        assert word in text
    for kind in ("latency", "status", "html", "reset", "truncate", "drop"):
        assert f"    {kind} " in text


def test_cli_serves_the_faults_it_prints() -> None:
    process, lines = start_cli(
        "--port",
        "0",
        "--fault",
        f"status:503:path={DEPTH}",
        "--fault",
        "truncate:after:method=POST",
        "--fault-seed",
        "3",
    )
    try:
        base_url = lines[0].split()[-1]
        banner = [line for line in lines if line.startswith("Faults")]
        assert banner == [f"Faults (seed 3): status:503:before:path={DEPTH}  truncate:after:method=POST\n"], lines
        with httpx.Client(base_url=base_url, timeout=10) as http:
            assert http.get(DEPTH, params=DEPTH_QUERY).status_code == 503
            assert http.get(TICKERS).status_code == 200
    finally:
        code, stderr = stop_cli(process)
    assert code == 0, stderr
    assert "Traceback" not in stderr


def test_cli_without_faults_prints_none() -> None:
    process, lines = start_cli("--port", "0")
    try:
        assert not any(line.startswith("Faults") for line in lines)
    finally:
        code, _ = stop_cli(process)
    assert code == 0
