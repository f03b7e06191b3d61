"""What a release carries: one version, the licence, and a one-line hint naming the extra when an
optional dependency is missing.  (The wheel itself is built and installed by .ci/run, not here:
building needs the package index.)"""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import pionex_wrapper
from pionex_wrapper import _version

ROOT = Path(__file__).parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def run(args: list[str], tmp_path: Path, hide: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """Run this Python in a clean directory with the modules `hide` names made unimportable for the
    whole process, as if their extra were not installed (a sitecustomize on PYTHONPATH sets
    ``sys.modules[name] = None`` before anything else runs, `python -m` included)."""
    shim = tmp_path / "shim"
    shim.mkdir(exist_ok=True)
    (shim / "sitecustomize.py").write_text(
        "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in hide), encoding="utf-8"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PIONEX_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(shim), str(ROOT), str(ROOT / "generated")])
    return subprocess.run(
        [sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False
    )


# -- the version ------------------------------------------------------------------------------------


def test_the_version_has_one_source_read_by_the_metadata_and_the_package() -> None:
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pionex_wrapper._version.__version__"}
    assert pionex_wrapper.__version__ is _version.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", pionex_wrapper.__version__)
    # The installed metadata (pip install -e . in make venv; the wheel in .ci/run) says the same.
    assert importlib.metadata.version("pionex-sdk") == pionex_wrapper.__version__


def test_the_changelog_has_an_entry_for_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(pionex_wrapper.__version__)}\]", changelog, re.MULTILINE), changelog[:500]
    assert "## Versioning" in changelog


def test_pionex_version_prints_the_package_version(tmp_path: Path) -> None:
    done = run(["-m", "pionex_cli", "--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"pionex, version {pionex_wrapper.__version__}"


def test_pionex_mcp_version_prints_the_package_version(tmp_path: Path) -> None:
    done = run(["-m", "pionex_mcp", "--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"pionex-mcp {pionex_wrapper.__version__}"


# -- the licence ------------------------------------------------------------------------------------


def test_the_licence_is_mit_and_named_for_the_wheel() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Copyright (c) 2026 the pionex-sdk authors" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text
    # No "License ::" classifier beside an SPDX expression (setuptools refuses the pair).
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]
    assert "Typing :: Typed" in project["classifiers"]


# -- a missing extra is one line naming it ------------------------------------------------------------


@pytest.mark.parametrize("hidden", [("starlette",), ("uvicorn",), ("starlette", "uvicorn")])
def test_python_m_pionex_sandbox_without_the_extra_says_how_to_install_it(
    hidden: tuple[str, ...], tmp_path: Path
) -> None:
    done = run(["-m", "pionex_sandbox", "--port", "0"], tmp_path, hide=hidden)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr == (
        f"python -m pionex_sandbox: the sandbox needs the sandbox extra ({', '.join(hidden)} not installed): "
        'pip install "pionex-sdk[sandbox]"\n'
    )


def test_python_m_pionex_sandbox_with_the_extra_runs(tmp_path: Path) -> None:
    """The check stands aside when Starlette and uvicorn are there (the hint above is not always printed)."""
    done = run(["-m", "pionex_sandbox", "--help"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: python -m pionex_sandbox") and "not installed" not in done.stderr


def test_importing_pionex_sandbox_without_the_extra_raises_naming_it(tmp_path: Path) -> None:
    code = (
        "try:\n"
        "    from pionex_sandbox import running_sandbox\n"
        "except ModuleNotFoundError as error:\n"
        "    print(error.name, '|', error)\n"
    )
    done = run(["-c", code], tmp_path, hide=("uvicorn",))
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        'uvicorn | pionex_sandbox: the sandbox needs the sandbox extra (uvicorn not installed): pip install "pionex-sdk[sandbox]"\n'
    )


def test_importing_pionex_ccxt_without_the_extra_raises_naming_it(tmp_path: Path) -> None:
    code = (
        "try:\n"
        "    from pionex_ccxt.async_support import pionex\n"
        "except ModuleNotFoundError as error:\n"
        "    print(error.name, '|', error)\n"
    )
    done = run(["-c", code], tmp_path, hide=("ccxt",))
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout == 'ccxt | pionex_ccxt needs the ccxt extra (ccxt not installed): pip install "pionex-sdk[ccxt]"\n'
    )


def test_pionex_sandbox_command_without_the_extra_names_it(tmp_path: Path) -> None:
    done = run(["-m", "pionex_cli", "sandbox", "--port", "0"], tmp_path, hide=("starlette",))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "pionex-sdk[sandbox]" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_redis_rate_limiter_without_the_extra_says_how_to_install_it(tmp_path: Path) -> None:
    code = (
        "from pionex_wrapper import InvalidParameterError, RateLimiter\n"
        "try:\n"
        "    RateLimiter(redis='redis://127.0.0.1:6379/0')\n"
        "except InvalidParameterError as error:\n"
        "    print(error)\n"
    )
    done = run(["-c", code], tmp_path, hide=("redis",))
    assert done.returncode == 0, done.stderr
    assert 'pip install "pionex-sdk[redis]"' in done.stdout and len(done.stdout.splitlines()) == 1, done.stdout
    # With the extra installed the same line makes a limiter (nothing is sent until a call).
    done = run(["-c", code.replace("print(error)", "raise")], tmp_path)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


@pytest.mark.parametrize(
    ("command", "hidden", "extra"),
    [(["-m", "pionex_cli", "--help"], "rich", "cli"), (["-m", "pionex_mcp", "--help"], "mcp", "mcp")],
)
def test_the_console_scripts_without_their_extras_name_them(
    command: list[str], hidden: str, extra: str, tmp_path: Path
) -> None:
    done = run(command, tmp_path, hide=(hidden,))
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.endswith(f'pip install "pionex-sdk[{extra}]"\n') and len(done.stderr.splitlines()) == 1


# -- what the release smoke runs ----------------------------------------------------------------------


def test_the_release_smoke_runs_the_readme_quickstart_as_the_readme_shows_it() -> None:
    """.ci/release-smoke.sh runs examples/readme_quickstart.py from the installed wheel: it must be the
    README's first Python block (its quickstart), word for word, after its docstring."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)[0]
    example = (ROOT / "examples" / "readme_quickstart.py").read_text(encoding="utf-8")
    assert example.startswith('"""') and example.endswith("\n" + quickstart)
    assert "Pionex(" in quickstart and "new_order(" in quickstart
    smoke = (ROOT / ".ci" / "release-smoke.sh").read_text(encoding="utf-8")
    assert (
        "examples/readme_quickstart.py" in smoke and "bash .ci/release-smoke.sh" in (ROOT / ".ci" / "run").read_text()
    )
