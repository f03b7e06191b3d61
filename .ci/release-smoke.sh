#!/usr/bin/env bash
# The release smoke .ci/run runs after `make test` (not part of the test suite, which never uses
# the network: this installs from the package index).  It builds the sdist and the wheel with
# `make dist`, then, in a fresh virtual environment outside the clone:
#   1. installs the bare wheel and checks what it carries: the licence file, the metadata
#      (version, licence, classifiers, project URLs, extras) and one-line hints naming the extra
#      when the sandbox, the command line or Redis is used without it;
#   2. adds the sandbox extra, starts `python -m pionex_sandbox` on a free port, and runs the
#      README's quickstart (examples/readme_quickstart.py, kept equal to it by the tests) against it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
python=${PYTHON:-python3}

step() { printf 'release smoke: %s\n' "$*"; }
fail() { printf 'release smoke FAILED: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [[ -n $sandbox_pid ]]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

step "make dist"
make dist >"$work/dist.log" 2>&1 || { tail -n 40 "$work/dist.log" >&2; fail "make dist"; }
version=$(.venv/bin/python -c 'import pionex_wrapper; print(pionex_wrapper.__version__)')
wheel="$repo/dist/pionex_sdk-$version-py3-none-any.whl"
sdist="$repo/dist/pionex_sdk-$version.tar.gz"
[[ -f $wheel && -f $sdist ]] || fail "dist/ lacks the wheel or the sdist of $version: $(ls dist)"
listing=$(tar -tzf "$sdist")
for name in LICENSE README.md CHANGELOG.md pyproject.toml; do
    grep -qx "pionex_sdk-$version/$name" <<<"$listing" || fail "the sdist lacks $name"
done
step "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB) and $(basename "$sdist") ($(du -k "$sdist" | cut -f1) KiB)"

# Everything below runs in $work, so that nothing is imported from the clone.
cd "$work"
"$python" -m venv venv
venv/bin/python -m pip install --quiet --upgrade pip
venv/bin/python -m pip install --quiet "$wheel"
step "installed the bare wheel into a fresh environment"

venv/bin/python - "$version" <<'EOF'
import importlib.metadata
import sys

import pionex_wrapper

version = sys.argv[1]
dist = importlib.metadata.distribution("pionex-sdk")
meta = dist.metadata
assert "/venv/" in pionex_wrapper.__file__, pionex_wrapper.__file__  # the installed copy, not the clone
assert pionex_wrapper.__version__ == dist.version == version, (pionex_wrapper.__version__, dist.version, version)
assert meta["License-Expression"] == "MIT", meta["License-Expression"]
licence = [f for f in dist.files or () if f.name == "LICENSE" and "licenses" in f.parts]
assert licence, "no licenses/LICENSE in the wheel's .dist-info"
text = licence[0].read_text(encoding="utf-8")
assert text.startswith("MIT License") and "Copyright (c) 2026 the pionex-sdk authors" in text, text[:200]
classifiers = meta.get_all("Classifier") or []
assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers, classifiers
assert meta.get_all("Project-URL"), "no Project-URL"
assert meta["Requires-Python"] == ">=3.11", meta["Requires-Python"]
extras = set(meta.get_all("Provides-Extra") or [])
assert {"sandbox", "redis", "cli", "mcp", "ccxt"} <= extras, extras
print(f"release smoke: metadata of pionex-sdk {dist.version}: MIT, LICENSE in the wheel, "
      f"{len(classifiers)} classifiers, extras {', '.join(sorted(extras))}")
EOF

# Without their extras: one line naming the extra, no traceback.
expect_hint() {  # expect_hint EXTRA COMMAND...: exits non-zero, one line on stderr naming the extra
    local extra=$1; shift
    if "$@" >"$work/out" 2>"$work/err"; then fail "$* ran without the $extra extra"; fi
    grep -q "pionex-sdk\[$extra\]" "$work/err" && [[ $(wc -l <"$work/err") -eq 1 ]] \
        || { cat "$work/err" >&2; fail "$* did not name the $extra extra in one line"; }
}
expect_hint sandbox venv/bin/python -m pionex_sandbox --port 0
expect_hint cli venv/bin/pionex --help
expect_hint mcp venv/bin/pionex-mcp --help
venv/bin/python -c '
from pionex_wrapper import InvalidParameterError, RateLimiter
try:
    RateLimiter(redis="redis://127.0.0.1:6379/0")
except InvalidParameterError as error:
    assert "pionex-sdk[redis]" in str(error), error
else:
    raise SystemExit("RateLimiter(redis=...) worked without the redis extra")
try:
    import pionex_ccxt
except ModuleNotFoundError as error:
    assert "pionex-sdk[ccxt]" in str(error) and error.name == "ccxt", error
else:
    raise SystemExit("pionex_ccxt imported without the ccxt extra")
'
step "without their extras, the sandbox, pionex, pionex-mcp, pionex_ccxt and RateLimiter(redis=...) name the extra to install"

venv/bin/python -m pip install --quiet "$wheel[sandbox]"
venv/bin/python -m pionex_sandbox --port 0 >sandbox.log 2>&1 &
sandbox_pid=$!
base_url=
for _ in $(seq 150); do  # up to 30 s for the first line: "Pionex sandbox listening on http://..."
    base_url=$(sed -n 's/^Pionex sandbox listening on \(http:[^ ]*\)$/\1/p' sandbox.log)
    [[ -n $base_url ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat sandbox.log >&2; fail "the sandbox exited"; }
    sleep 0.2
done
[[ -n $base_url ]] || { cat sandbox.log >&2; fail "the sandbox did not start"; }
step "the sandbox from the wheel's sandbox extra listens on $base_url"

cp "$repo/examples/readme_quickstart.py" quickstart.py
PIONEX_BASE_URL=$base_url PIONEX_API_KEY=sandbox-key-NOT-A-REAL-KEY PIONEX_API_SECRET=sandbox-secret-NOT-A-REAL-SECRET \
    venv/bin/python quickstart.py >quickstart.out 2>&1 || { cat quickstart.out >&2; fail "the quickstart failed"; }
grep -q '^best bid ' quickstart.out && grep -q '^order [0-9]' quickstart.out && ! grep -q 'refused' quickstart.out \
    || { cat quickstart.out >&2; fail "the quickstart's output is not what the README shows"; }
! grep -q 'E-[0-9]' quickstart.out || { cat quickstart.out >&2; fail "the quickstart printed an exponent"; }
step "the README's quickstart ran against it: $(grep -c . quickstart.out) lines, an order placed and cancelled"
step "passed"
