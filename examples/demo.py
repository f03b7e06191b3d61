"""What ``make demo`` runs: a fresh local sandbox, examples/quickstart.py (spot) and
examples/futures_quickstart.py (a futures round trip whose money must add up),
examples/live_book.py (a futures order book kept live from the streams) and
examples/bots_walkthrough.py (a spot grid and a neutral futures grid run for a day of the sandbox's
time, their money checked to the last decimal) and examples/earn_walkthrough.py (a dual investment
run to expiry and collected, a term-arbitrage stake, the wallet overview before and after, to the
last decimal) against it, then stop.

The sandbox listens on a free port of 127.0.0.1 and accepts only its own, obviously fake
credentials; nothing leaves this machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox

QUICKSTART = Path(__file__).with_name("quickstart.py")
FUTURES_QUICKSTART = Path(__file__).with_name("futures_quickstart.py")
LIVE_BOOK = Path(__file__).with_name("live_book.py")
BOTS = Path(__file__).with_name("bots_walkthrough.py")
EARN = Path(__file__).with_name("earn_walkthrough.py")


def main() -> int:
    with running_sandbox(seed=1, time_travel=True) as sandbox:
        print(f"Started the local Pionex sandbox at {sandbox.base_url} (fake funds, fake keys)\n", flush=True)
        env = dict(
            os.environ,
            PIONEX_BASE_URL=sandbox.base_url,
            PIONEX_API_KEY=DEFAULT_API_KEY,
            PIONEX_API_SECRET=DEFAULT_API_SECRET,
        )
        status = subprocess.call([sys.executable, str(QUICKSTART)], env=env)
        if status == 0:
            print("\n--- Futures ---\n", flush=True)
            status = subprocess.call([sys.executable, str(FUTURES_QUICKSTART)], env=env)
        if status == 0:
            print("\n--- A live order book from the streams ---\n", flush=True)
            status = subprocess.call([sys.executable, str(LIVE_BOOK), "--seconds", "4"], env=env)
        if status == 0:
            print("\n--- Grid bots, a day of the sandbox's time ---\n", flush=True)
            status = subprocess.call([sys.executable, str(BOTS)], env=env)
        if status == 0:
            print("\n--- Earn: dual investment and term arbitrage ---\n", flush=True)
            status = subprocess.call([sys.executable, str(EARN)], env=env)
    print("\nStopped the sandbox.")
    return status


if __name__ == "__main__":
    sys.exit(main())
