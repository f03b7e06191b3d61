"""Profiles: the file of Pionex's own tools read and written, where credentials come from,
``pionex config`` and ``Pionex.from_profile``.  HOME and PIONEX_CONFIG point into tmp_path."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from pionex_cli.profiles import Profile, config_group, resolve
from pionex_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, running_sandbox
from pionex_wrapper import AsyncPionex, Pionex, ProfileError
from pionex_wrapper.profiles import read_profile_file

MAIN_SECRET = "main-secret-0123456789abcdef"
PAPER_SECRET = "paper-secret-fedcba9876543210"

# Written by hand, as a user of Pionex's kit would: comments, a default, several profiles, a key
# the kit does not know (ignored), our read_only.
HAND_WRITTEN = f"""\
# Pionex API credentials
default_profile = "main"

[profiles.main]
api_key = "main-key-0123456789"
secret_key = "{MAIN_SECRET}"   # from the API page

[profiles.paper]
# the local sandbox
api_key = "paper-key-9876543210"
secret_key = "{PAPER_SECRET}"
base_url = "http://127.0.0.1:8000"
read_only = true
note = "not a key of ours"

[profiles.public]
base_url = "http://127.0.0.1:9000"
"""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own: the real ~/.pionex is never read or written."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PIONEX_CONFIG", raising=False)
    return tmp_path


@pytest.fixture
def config(home: Path) -> Path:
    path = home / ".pionex" / "config.toml"
    path.parent.mkdir()
    path.write_text(HAND_WRITTEN)
    return path


def secrets_absent(*texts: str) -> None:
    for text in texts:
        for secret in (MAIN_SECRET, PAPER_SECRET, DEFAULT_API_SECRET):
            assert secret not in text


# -- reading Pionex's format ----------------------------------------------------------------------


def test_a_hand_written_file_in_pionex_format_is_read(config: Path) -> None:
    file = read_profile_file()
    assert file.path == config
    assert file.default_profile == "main"
    assert sorted(file.profiles) == ["main", "paper", "public"]
    paper = file.profiles["paper"]
    assert (paper.api_key, paper.secret_key, paper.base_url, paper.read_only) == (
        "paper-key-9876543210",
        PAPER_SECRET,
        "http://127.0.0.1:8000",
        True,
    )
    assert file.data["profiles"]["paper"]["note"] == "not a key of ours"  # kept for writers

    chosen = resolve()  # the default profile
    assert (chosen.name, chosen.api_key, chosen.secret_key) == ("main", "main-key-0123456789", MAIN_SECRET)
    assert chosen.base_url is None and not chosen.read_only  # the client's default address
    named = resolve("paper")
    assert (named.name, named.api_key, named.base_url, named.read_only) == (
        "paper",
        "paper-key-9876543210",
        "http://127.0.0.1:8000",
        True,
    )
    public = resolve("public")
    assert (public.api_key, public.secret_key, public.base_url, public.source) == (
        None,
        None,
        "http://127.0.0.1:9000",
        None,
    )


def test_pionex_config_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text('[profiles.default]\napi_key = "k-0123456789ab"\nsecret_key = "s-0123456789ab"\n')
    monkeypatch.setenv("PIONEX_CONFIG", str(elsewhere))
    # No default_profile: the profile named "default" is used, as Pionex's kit does.
    assert resolve().name == "default"
    assert resolve().source == f"profile default ({elsewhere})"


def test_no_file_and_no_credentials_is_public_only() -> None:
    assert resolve() == Profile(None)


# -- where the credentials come from ----------------------------------------------------------------


def test_flags_beat_an_explicit_profile_which_beats_the_environment_which_beats_the_default(
    config: Path,
) -> None:
    env = {"PIONEX_API_KEY": "env-key-0123456789", "PIONEX_API_SECRET": "env-secret", "PIONEX_BASE_URL": "http://e:1"}
    flags = resolve("paper", api_key="flag-key-0123456789", api_secret="flag-secret", env=env)
    assert (flags.api_key, flags.secret_key) == ("flag-key-0123456789", "flag-secret")
    assert flags.base_url == "http://127.0.0.1:8000"  # the named profile's, not the environment's
    assert flags.read_only  # a profile named read-only stays so
    assert flags.source == "--api-key/--api-secret"

    named = resolve("paper", env=env)
    assert (named.api_key, named.secret_key, named.base_url) == (
        "paper-key-9876543210",
        PAPER_SECRET,
        "http://127.0.0.1:8000",
    )
    assert resolve("paper", base_url="http://127.0.0.1:8001", env=env).base_url == "http://127.0.0.1:8001"
    # A named profile without a base URL is Pionex's, not PIONEX_BASE_URL's.
    assert resolve("main", env=env).base_url == "https://api.pionex.com"

    from_env = resolve(env=env)
    assert (from_env.name, from_env.api_key, from_env.secret_key, from_env.base_url) == (
        None,
        "env-key-0123456789",
        "env-secret",
        "http://e:1",
    )
    assert from_env.source == "PIONEX_API_KEY/PIONEX_API_SECRET"
    only_flags = resolve(api_key="flag-key-0123456789", api_secret="flag-secret", env=env)
    assert (only_flags.name, only_flags.api_key, only_flags.base_url) == (None, "flag-key-0123456789", "http://e:1")

    # With nothing else, the default profile, whose base URL the flag and the environment override.
    assert resolve(env={}).api_key == "main-key-0123456789"
    assert resolve(env={"PIONEX_BASE_URL": "http://e:1"}).base_url == "http://e:1"
    assert resolve(base_url="http://f:2", env={}).base_url == "http://f:2"


def test_the_default_profile_says_nothing_when_the_environment_gives_credentials(config: Path) -> None:
    config.write_text(HAND_WRITTEN.replace('default_profile = "main"', 'default_profile = "paper"'))
    env = {"PIONEX_API_KEY": "env-key-0123456789", "PIONEX_API_SECRET": "env-secret"}
    chosen = resolve(env=env)
    assert chosen.base_url is None and not chosen.read_only and chosen.name is None
    assert resolve(env={}).read_only  # the default profile's read_only, with its credentials


@pytest.mark.parametrize(
    ("flags", "env", "message"),
    [
        ({"api_key": "k-0123456789ab"}, {}, "--api-key is given without --api-secret"),
        ({"api_secret": "s"}, {}, "--api-secret is given without --api-key"),
        ({}, {"PIONEX_API_KEY": "k-0123456789ab"}, "PIONEX_API_KEY is given without PIONEX_API_SECRET"),
        # A flag key is not completed by the environment's secret.
        ({"api_key": "k-0123456789ab"}, {"PIONEX_API_SECRET": "s"}, "--api-key is given without --api-secret"),
    ],
)
def test_half_a_pair_of_credentials_is_refused(flags: dict[str, str], env: dict[str, str], message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        resolve(env=env, **flags)


def test_file_errors_name_the_file_and_the_problem(config: Path) -> None:
    with pytest.raises(ProfileError) as missing:
        resolve("live")
    assert str(missing.value) == f"{config}: no profile 'live'; its profiles: main, paper, public"

    config.write_text(HAND_WRITTEN.replace('default_profile = "main"', 'default_profile = "gone"'))
    with pytest.raises(ProfileError, match=r"no profile 'gone' \(its default_profile\); its profiles: main, paper"):
        resolve()

    config.write_text(HAND_WRITTEN.replace(f'secret_key = "{MAIN_SECRET}"', ""))
    with pytest.raises(ProfileError, match="profile 'main' has api_key but no secret_key"):
        resolve()

    config.write_text(HAND_WRITTEN.replace('api_key = "paper-key-9876543210"', 'api_key = "paper-key'))
    with pytest.raises(ProfileError, match=r"is not valid TOML: .*\(at line 10, column \d+\)") as bad:
        resolve("paper")
    assert str(config) in str(bad.value)

    config.write_text(HAND_WRITTEN.replace("read_only = true", 'read_only = "yes"'))
    with pytest.raises(ProfileError, match=r"profiles.paper.read_only must be true or false, not str"):
        resolve("paper")
    config.write_text(f'[profiles.main]\napi_key = "main-key-0123456789"\nsecret_key = ["{MAIN_SECRET}"]\n')
    with pytest.raises(ProfileError, match="profiles.main.secret_key must be a string, not list") as typed:
        resolve("main")
    secrets_absent(str(typed.value), repr(typed.value))

    config.unlink()
    with pytest.raises(ProfileError, match="no profile file"):
        resolve("main")


def test_the_secret_never_shows_in_a_repr_or_an_error(config: Path) -> None:
    chosen = resolve("paper")
    stored = read_profile_file().profiles["paper"]
    for text in (repr(chosen), str(chosen), repr(stored), repr(read_profile_file())):
        secrets_absent(text)
        assert "paper-key-9876543210" not in text  # the key is masked too
    assert "pape…3210" in repr(chosen) and "<hidden>" in repr(chosen)


# -- pionex config ------------------------------------------------------------------------------


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(config_group, list(args), input=input)
    assert not isinstance(result.exception, AssertionError), result.exception
    return result.exit_code, result.output


def test_config_add_asks_without_echo_and_writes_owner_only(home: Path) -> None:
    code, output = run("add", "main", input=f"main-key-0123456789\n{MAIN_SECRET}\n")
    assert code == 0, output
    secrets_absent(output)
    assert "main-key-0123456789" not in output and "main…6789" in output
    path = home / ".pionex" / "config.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temporary file left
    # Read back in Pionex's format; the first profile became the default.
    file = read_profile_file()
    assert file.default_profile == "main"
    assert (file.profiles["main"].api_key, file.profiles["main"].secret_key) == ("main-key-0123456789", MAIN_SECRET)

    code, output = run(
        "add", "paper", "--api-key", "paper-key-9876543210", "--base-url", "http://127.0.0.1:8000/", "--read-only"
    )
    assert code == 1 and "Aborted" in output  # the secret is asked for; no input: nothing written
    assert read_profile_file().profiles.keys() == {"main"}
    code, output = run(
        "add",
        "paper",
        "--api-key",
        "paper-key-9876543210",
        "--base-url",
        "http://127.0.0.1:8000/",
        "--read-only",
        "--stdin",
        input=f"{PAPER_SECRET}\n",
    )
    assert code == 0, output
    paper = read_profile_file().profiles["paper"]
    assert (paper.secret_key, paper.base_url, paper.read_only) == (PAPER_SECRET, "http://127.0.0.1:8000", True)
    assert read_profile_file().default_profile == "main"
    assert resolve().name == "main" and resolve("paper").read_only


def test_config_add_refuses_a_duplicate_a_bad_url_and_a_missing_secret(home: Path) -> None:
    assert run("add", "main", "--stdin", input=f"main-key-0123456789\n{MAIN_SECRET}\n")[0] == 0
    code, output = run("add", "main", "--stdin", input="other-key-0123456789\nother-secret\n")
    assert code == 2 and "exists: pass --force" in output
    code, output = run("add", "x", "--base-url", "ftp://host", "--stdin", input="k-0123456789ab\ns\n")
    assert code == 2 and "--base-url" in output
    code, output = run("add", "x", "--stdin", input="k-0123456789ab\n\n")
    assert code == 2 and "both an API key and its secret" in output
    assert read_profile_file().profiles.keys() == {"main"}
    code, output = run("add", "main", "--force", "--default", "--stdin", input="new-key-0123456789\nnew-secret\n")
    assert code == 0, output
    assert read_profile_file().profiles["main"].secret_key == "new-secret"


def test_config_list_use_and_remove_keep_other_profiles_and_unknown_keys(config: Path) -> None:
    code, output = run("list")
    assert code == 0, output
    secrets_absent(output)
    lines = output.splitlines()
    assert lines[0].split() == ["NAME", "BASE", "URL", "KEY", "READ-ONLY"]
    assert lines[1].split() == ["*", "main", "(Pionex)", "main…6789"]
    assert lines[2].split() == ["paper", "http://127.0.0.1:8000", "pape…3210", "yes"]
    assert lines[3].split() == ["public", "http://127.0.0.1:9000"]
    code, output = run("list", "--json")
    assert code == 0 and '"default_profile": "main"' in output
    secrets_absent(output)
    from pionex_cli.session import Session

    session = CliRunner().invoke(config_group, ["list"], obj=Session(Profile(None), output="json"))
    listed = json.loads(session.stdout)
    assert [row["name"] for row in listed["profiles"]] == ["main", "paper", "public"]
    assert listed["profiles"][1] == {
        "name": "paper",
        "default": False,
        "base_url": "http://127.0.0.1:8000",
        "api_key": "pape…3210",
        "read_only": True,
    }

    assert run("use", "paper")[0] == 0
    assert read_profile_file().default_profile == "paper"
    assert resolve().name == "paper"
    code, output = run("use", "live")
    assert code == 2 and "no profile 'live'; its profiles: main, paper, public" in output

    code, output = run("remove", "paper")
    assert code == 0 and "no default profile now" in output
    file = read_profile_file()
    assert file.default_profile is None and sorted(file.profiles) == ["main", "public"]
    assert file.profiles["main"].secret_key == MAIN_SECRET
    assert stat.S_IMODE(config.stat().st_mode) == 0o600

    # Unknown keys are kept through a rewrite.
    config.write_text(HAND_WRITTEN.replace("[profiles.main]", 'theme = "dark"\n\n[profiles.main]'))
    os.chmod(config, 0o644)
    assert run("remove", "public")[0] == 0
    data = read_profile_file().data
    assert data["theme"] == "dark" and data["profiles"]["paper"]["note"] == "not a key of ours"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert run("remove", "public")[0] == 2


def test_config_reports_a_broken_file_and_writes_through_a_link(config: Path, home: Path) -> None:
    config.write_text("default_profile = \n")
    code, output = run("list")
    assert code == 3 and str(config) in output and "line 1" in output
    real = home / "dotfiles" / "pionex.toml"
    real.parent.mkdir()
    real.write_text(HAND_WRITTEN)
    config.unlink()
    config.symlink_to(real)
    assert run("use", "paper")[0] == 0
    assert config.is_symlink() and read_profile_file(real).default_profile == "paper"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


# -- Pionex.from_profile ----------------------------------------------------------------------------


def test_from_profile_makes_private_calls_with_the_profiles_credentials(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Wrong credentials and address in the environment: the profile stands in for them.
    monkeypatch.setenv("PIONEX_API_KEY", "env-key-0123456789")
    monkeypatch.setenv("PIONEX_API_SECRET", "env-secret")
    with running_sandbox() as served:
        path = home / ".pionex" / "config.toml"
        path.parent.mkdir()
        path.write_text(
            'default_profile = "sandbox"\n\n[profiles.sandbox]\n'
            f'api_key = "{DEFAULT_API_KEY}"\nsecret_key = "{DEFAULT_API_SECRET}"\nbase_url = "{served.base_url}"\n'
        )
        monkeypatch.setenv("PIONEX_BASE_URL", "http://127.0.0.1:9")
        with Pionex.from_profile() as client:
            assert client.base_url == served.base_url
            assert client.account.get_balances().balances  # a private call, signed
            secrets_absent(repr(client), repr(client.config))
        with Pionex.from_profile("sandbox", path=path, timeout=5) as client:
            assert client.timeout == 5.0

        async def balances() -> int:
            async with AsyncPionex.from_profile("sandbox") as client:
                return len((await client.account.get_balances()).balances)

        assert asyncio.run(balances()) > 0
    with pytest.raises(ProfileError, match="no profile 'live'; its profiles: sandbox") as missing:
        Pionex.from_profile("live")
    secrets_absent(str(missing.value), repr(missing.value))
    with pytest.raises(ProfileError, match="no profile file"):
        Pionex.from_profile(path=home / "nothing.toml")


def test_config_add_on_a_terminal_does_not_echo_the_key_or_the_secret(home: Path) -> None:
    """On a real (pseudo-)terminal: the prompts turn echo off, so neither typed value shows."""
    import pty
    import select
    import subprocess
    import sys
    import time

    leader, follower = pty.openpty()
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, "-c", "from pionex_cli.profiles import config_group; config_group()", "add", "main"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 30
        while marker not in seen and time.monotonic() < deadline:
            if select.select([leader], [], [], 0.5)[0]:
                try:
                    seen += os.read(leader, 1024)
                except OSError:  # the child closed the terminal
                    return

    try:
        read_until(b"API key: ")
        os.write(leader, b"main-key-0123456789\n")
        read_until(b"API secret: ")
        os.write(leader, MAIN_SECRET.encode() + b"\n")
        read_until(b"Saved profile")
        read_until(b"config.toml")
        assert process.wait(timeout=30) == 0, seen
    finally:
        process.kill()
        process.wait()
        os.close(leader)
    text = seen.decode(errors="replace")
    assert "Saved profile main (default), key main…6789" in text
    secrets_absent(text)
    assert "main-key-0123456789" not in text  # the key was typed without echo too
    assert read_profile_file().profiles["main"].secret_key == MAIN_SECRET


def test_a_profile_without_a_key_is_not_completed_by_the_environment(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pionex_cli.profiles import make_client
    from pionex_wrapper import MissingCredentialsError

    monkeypatch.setenv("PIONEX_API_KEY", "env-key-0123456789")
    monkeypatch.setenv("PIONEX_API_SECRET", "env-secret")
    monkeypatch.setenv("PIONEX_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PIONEX_USER_AGENT", "profiles-test/1.0")  # the other variables still count
    public = resolve("public")
    assert public.api_key is None and public.base_url == "http://127.0.0.1:9000"
    for client in (make_client(public), Pionex.from_profile("public")):
        with client:
            assert client.base_url == "http://127.0.0.1:9000"
            assert client.config.user_agent == "profiles-test/1.0"
            assert "credentials=set" not in repr(client)
            with pytest.raises(MissingCredentialsError, match="nothing was sent"):
                client.account.get_balances()
    # Outside, the constructor reads the environment as before.
    with Pionex() as plain:
        assert plain.base_url == "http://127.0.0.1:9"
    with make_client(resolve()) as client:  # the environment's pair, by resolve's rule
        assert client.base_url == "http://127.0.0.1:9" and "credentials=set" in repr(client)
