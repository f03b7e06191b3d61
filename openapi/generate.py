"""Regenerate ``generated/pionex_client`` from ``openapi/pionex.json``; ``make generate`` runs it.

Steps, all deterministic:
1. openapi-python-client (pinned in pyproject.toml) with ``openapi/generator-config.yaml``
   and three of its templates replaced from ``openapi/templates/`` (the package ``__init__``,
   ``types`` and ``models/__init__``: importing the package does not import attrs, and an API
   module imports only the models it uses); its post-hooks format the output with the pinned
   ruff, ignoring any other ruff config;
2. ``openapi/build_facade.py`` adds ``facade/``, the typed per-area classes and reply models the
   wrapper binds;
3. ``openapi/build_streams.py`` adds ``streams/``, the stream message models and channel table of
   ``openapi/streams.json`` (AsyncAPI 3.0);
4. ``py.typed`` marks the package as typed, so mypy checks code that uses it;
5. ``openapi.json`` is a copy of the spec, shipped with the package: what reads the spec at run
   time (the sandbox's route table) reads it there, installed or not;
6. ``openapi/build_cli.py`` writes ``cli_commands.json``, the command table the ``pionex`` command
   line is built from (read from the registry just generated), so ``pionex --help`` imports
   neither httpx nor the client.

``--check`` generates into a temporary folder and reports every file that differs from
what is committed, exiting 1 if any does.  ``--spec FILE --output DIR`` generates another
spec into another folder (the tests use it to show that a new area needs no other edit).
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "pionex.json"
STREAMS = HERE / "streams.json"
CONFIG = HERE / "generator-config.yaml"
TEMPLATES = HERE / "templates"  # three of the generator's templates, changed so the package imports less
TARGET = ROOT / "generated" / "pionex_client"
BIN = Path(sys.executable).parent


def _run(*args: str | Path, cwd: Path | None = None, path: Path | None = None) -> None:
    # A fixed hash seed: the generator writes some sets in iteration order.
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", PYTHONHASHSEED="0")
    if path is not None:  # import the package just generated in ``path`` first
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in (path, ROOT))
    subprocess.run([str(a) for a in args], check=True, cwd=cwd, env=env)


def generate(out: Path, spec: Path = SPEC) -> None:
    """Write the whole generated package for ``spec`` into ``out`` (which must not exist)."""
    _run(
        BIN / "openapi-python-client",
        "generate",
        "--path",
        spec,
        "--config",
        CONFIG,
        "--custom-template-path",
        TEMPLATES,
        "--meta",
        "none",
        "--output-path",
        out,
        "--fail-on-warning",
    )
    _run(sys.executable, HERE / "build_facade.py", spec, CONFIG, out)
    _run(sys.executable, HERE / "build_streams.py", STREAMS, out)
    for written in (out / "facade", out / "streams"):
        _run(BIN / "ruff", "check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I", "--quiet", written)
        _run(BIN / "ruff", "format", "--isolated", "--no-cache", "--quiet", written)
    (out / "py.typed").write_text("", encoding="utf-8")
    shutil.copyfile(spec, out / "openapi.json")
    _run(sys.executable, HERE / "build_cli.py", out, path=out.parent)


def differences(a: Path, b: Path) -> list[str]:
    """Relative paths of files that are not the same in the two trees (caches ignored)."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            if name != "__pycache__":
                out.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b, ignore=["__pycache__"]), "")
    return sorted(out)


def main(argv: list[str]) -> int:
    if "--spec" in argv:
        spec, output = Path(argv[argv.index("--spec") + 1]), Path(argv[argv.index("--output") + 1])
        generate(output / "pionex_client", spec)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "pionex_client"
        generate(fresh)
        if "--check" in argv:
            changed = differences(fresh, TARGET) if TARGET.exists() else ["(generated/pionex_client is missing)"]
            if changed:
                print("make generate would change:", *changed, sep="\n  ")
                return 1
            print("generated/pionex_client is up to date with openapi/pionex.json and openapi/streams.json")
            return 0
        shutil.rmtree(TARGET, ignore_errors=True)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
