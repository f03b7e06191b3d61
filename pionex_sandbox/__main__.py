"""Command line: ``python -m pionex_sandbox`` serves a sandbox until Ctrl-C.

The first line printed is ``Pionex sandbox listening on http://HOST:PORT`` (with the real
port when ``--port 0`` asked for a free one), followed by the credentials the sandbox
accepts and, with ``--fault``, the faults it applies.  Every line is flushed at once so a
script can read them from a pipe.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import socket
import sys
from collections.abc import Callable, Coroutine, Sequence
from functools import partial
from types import FrameType

import uvicorn

from .accounts import DEFAULT_API_KEY, DEFAULT_API_SECRET, DEFAULT_PERMISSIONS, READONLY_API_KEY, READONLY_API_SECRET
from .faults import KINDS, Fault, Faults
from .http.app import create_app, real_clock, streams_of
from .server import base_url_of, bind_socket, server_config
from .streams import StreamFault, StreamSettings

FAULT_HELP = """\
faults (--fault SPEC, repeatable):
  SPEC is KIND[:PART]..., KIND one of {kinds}:
    latency   wait before answering (needs a duration: latency:300ms)
    status    an HTTP error with a JSON body without code (503 unless given: status:500)
    html      an HTTP error with an HTML page, as a gateway sends (502 unless given)
    reset     the reply's headers and half its body, then the connection is reset
    truncate  the reply with its body cut in half (Content-Length matches the cut)
    drop      no reply; the connection stays silent (60s unless given: drop:5s), then closes
  PART is one of:
    before|after  before: the sandbox never sees the request (default);
                  after: it acts on it (the order is placed), then the reply is lost
    300ms, 2s     a duration (latency, drop); 503 a status (status, html)
    p=0.1         probability per matching request (also p=10%; default 1)
    every=N       only every Nth matching request;  times=N  at most N times in all
    path=/api/v1/trade/order   only this path (* patterns allowed);  method=POST
  e.g. --fault status:503:p=0.1 --fault reset:after:path=/api/v1/trade/order:p=0.2
       --fault latency:300ms:p=0.5 --fault-seed 7
  Latencies add up; when other faults strike one request, the first given wins.

stream faults (--stream-fault SPEC, repeatable; /wsPub, /ws and /wsUA):
    drop:every=30s              close every stream connection (code 1012) every 30 s
    silence:5s:every=60s        send nothing at all, PINGs included, for 5 s, every 60 s
    skip:BTC_USDT_PERP:every=10s  leave a gap in that pair's ORDERBOOK numbers every 10 s
    refuse:DEPTH[:every=20s]    refuse the next DEPTH subscription (once, or once per period)
""".format(kinds=", ".join(KINDS))


def _fault(spec: str) -> Fault:
    try:
        return Fault.parse(spec)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _stream_fault(spec: str) -> StreamFault:
    try:
        return StreamFault.parse(spec)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pionex_sandbox",
        description=(
            "Serve a local Pionex-compatible sandbox with synthetic markets and fake accounts. "
            "The default credentials are fake and only work against this sandbox."
        ),
        epilog=FAULT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on; 0 picks a free one (default: 8000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic markets (default: 0)")
    parser.add_argument("--api-key", help="API key of the trading account (default: a fake sandbox key)")
    parser.add_argument("--api-secret", help="API secret of the trading account (give it with --api-key)")
    parser.add_argument(
        "--frozen-time",
        type=int,
        metavar="MS",
        help="freeze the sandbox clock at MS milliseconds since the epoch (replies become reproducible)",
    )
    parser.add_argument(
        "--clock-skew",
        type=int,
        default=0,
        metavar="MS",
        help="run the sandbox clock MS milliseconds ahead of this machine's (negative: behind); Pionex refuses "
        "private requests more than 20 s off, so this rehearses a drifting clock (default: 0)",
    )
    parser.add_argument(
        "--rate-limits",
        action="store_true",
        help="apply Pionex's rate limits: requests weighing over 10 per second per IP or account get HTTP 429 "
        "and a 60 s ban (default: off)",
    )
    parser.add_argument(
        "--still-market",
        action="store_true",
        help="keep the books still: they change only by trading, instead of following the price path on the "
        "sandbox clock (default: they move, and resting orders fill as the price reaches them)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        type=_fault,
        default=[],
        metavar="SPEC",
        help="make requests fail on purpose, e.g. status:503:p=0.1 or reset:after:path=/api/v1/trade/order; "
        "repeatable (the syntax is below)",
    )
    parser.add_argument(
        "--fault-seed",
        type=int,
        default=0,
        metavar="N",
        help="seed of the faults' random draws: the same seed and requests give the same faults (default: 0)",
    )
    parser.add_argument(
        "--stream-fault",
        action="append",
        type=_stream_fault,
        default=[],
        metavar="SPEC",
        help="make the streams misbehave on a schedule, e.g. drop:every=30s or silence:5s:every=60s; "
        "repeatable (the syntax is below)",
    )
    parser.add_argument(
        "--stream-ping-interval",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="seconds between the streams' PINGs; 3 unanswered ones close the connection (default: 15)",
    )
    parser.add_argument(
        "--stream-frames",
        choices=("binary", "text"),
        default="binary",
        help="frame type of the stream messages: JSON in binary frames, as published clients expect from the "
        "exchange, or in text frames (default: binary)",
    )
    parser.add_argument(
        "--time-travel",
        action="store_true",
        help='serve GET/POST /sandbox/v1/clock to move the sandbox\'s time ahead ({"advanceMs": 86400000} is a day): '
        "markets, orders, funding and bots move on; signed requests are still checked against the system clock",
    )
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug"),
        help="uvicorn log level on stderr; 'info' logs every request (default: warning)",
    )
    return parser


def _say(line: str) -> None:
    print(line, flush=True)


async def _serve(
    server: uvicorn.Server,
    sock: socket.socket,
    announce: Callable[[], None],
    background: Sequence[Callable[[], Coroutine[object, object, None]]] = (),
) -> None:
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if server.started:
        announce()
    helpers = [asyncio.ensure_future(start()) for start in background]
    try:
        await task
    finally:
        for helper in helpers:
            helper.cancel()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.api_key is None) != (args.api_secret is None):
        parser.error("--api-key and --api-secret must be given together")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    api_key: str = args.api_key or DEFAULT_API_KEY
    api_secret: str = args.api_secret or DEFAULT_API_SECRET
    if api_key == READONLY_API_KEY:
        parser.error("--api-key must differ from the read-only account's key")
    frozen: int | None = args.frozen_time
    skew: int = args.clock_skew
    if frozen is not None and skew:
        parser.error("--clock-skew does not combine with --frozen-time")
    clock = (lambda: frozen) if frozen is not None else (lambda: real_clock() + skew) if skew else None
    faults = Faults(args.fault, seed=args.fault_seed)
    if not args.stream_ping_interval > 0:
        parser.error("--stream-ping-interval must be more than 0")
    app = create_app(
        seed=args.seed,
        api_key=api_key,
        api_secret=api_secret,
        clock=clock,
        rate_limits=args.rate_limits,
        faults=faults,
        streams=StreamSettings(ping_interval=args.stream_ping_interval, frames=args.stream_frames),
        moving_market=not args.still_market,
        time_travel=args.time_travel,
    )
    streams = streams_of(app)
    stream_faults: list[StreamFault] = args.stream_fault
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as error:
        print(f"cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr, flush=True)
        return 1
    server = uvicorn.Server(server_config(app, log_level=args.log_level, quiet=False))

    def stop(signum: int, frame: FrameType | None) -> None:
        faults.release()
        server.should_exit = True

    # uvicorn installs its own handlers while it serves and puts these back afterwards; they
    # cover a signal arriving just before or after, so that every Ctrl-C ends in a clean exit.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)

    def announce() -> None:
        _say(f"Pionex sandbox listening on {base_url_of(sock)}")
        _say(f"Trading account ({', '.join(DEFAULT_PERMISSIONS)}): api key {api_key}  api secret {api_secret}")
        _say(f"Read-only account (read): api key {READONLY_API_KEY}  api secret {READONLY_API_SECRET}")
        when = f"frozen at {frozen} ms" if frozen is not None else "system time"
        if skew:
            when = f"system time {skew:+d} ms"
        limits = "Pionex's rate limits apply" if args.rate_limits else "no rate limits"
        market = "a still market" if args.still_market else "a market moving with the clock"
        if args.time_travel:
            when += f", moved ahead with POST {base_url_of(sock)}/sandbox/v1/clock"
        _say(f"Seed {args.seed}; clock {when}; {market}; {limits}. These credentials only work against this sandbox.")
        if faults:
            _say(f"Faults (seed {faults.seed}): {'  '.join(str(fault) for fault in faults.faults)}")
        _say(
            f"Streams: {base_url_of(sock).replace('http', 'ws', 1)}/wsPub, /ws (spot, signed URL), /wsUA (futures); "
            f"{args.stream_frames} frames"
        )
        if stream_faults:
            _say(f"Stream faults: {'  '.join(str(fault) for fault in stream_faults)}")
        _say("Press Ctrl-C to stop.")

    try:
        background = [partial(fault.run, streams) for fault in stream_faults]
        asyncio.run(_serve(server, sock, announce, background))
    finally:
        sock.close()
    _say("Pionex sandbox stopped.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
