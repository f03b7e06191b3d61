"""Credentials and profiles, compatible with Pionex's own tools, and ``pionex config``.

The profile file is ``~/.pionex/config.toml`` (``PIONEX_CONFIG`` names another), in the format
Pionex's own kit reads (see :mod:`pionex_wrapper.profiles`, which reads it for this module and for
``Pionex.from_profile``)::

    default_profile = "main"

    [profiles.main]
    api_key = "..."
    secret_key = "..."
    base_url = "https://api.pionex.com"
    read_only = true          # ours, not Pionex's: refuse every operation that is not a read

Where a command's credentials come from (:func:`resolve`):

* the API key and secret are a pair, taken together from the first of: ``--api-key`` with
  ``--api-secret``; the profile named by ``--profile``; ``PIONEX_API_KEY`` with
  ``PIONEX_API_SECRET``; the file's default profile (``default_profile``, else the profile named
  ``default``).  Half a pair (a flag key without a flag secret, a key variable without the secret
  one, a profile key without its ``secret_key``) is an error, never completed from another source;
* the base URL: ``--base-url``, else the profile named by ``--profile``, else ``PIONEX_BASE_URL``,
  else the default profile when it gave the credentials, else the client's default;
* ``read_only``: set when the profile named by ``--profile``, or the default profile that gave the
  credentials, says so.

An explicit ``--profile`` is a flag: it beats the environment (as ``--profile`` does for the AWS
command line).  The default profile is a fallback: it is read only when neither the flags nor the
environment give the credentials, and then it gives its base URL and ``read_only`` with them.

``pionex config add|list|remove|use`` write the file with tomli-w: created owner-only (0600; its
folder, when created, 0700), replaced atomically (a temporary file renamed over it), other
profiles and unknown keys kept (comments are not: tomli-w writes none).  The secret is read
without echo or from stdin and never printed.

The top-level imports are light (no httpx, no client): :mod:`pionex_wrapper.profiles` and tomli-w
are imported when a profile is read or written.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pionex_wrapper import Pionex
    from pionex_wrapper.profiles import ProfileFile


def mask(key: str | None) -> str:
    """A key as it may be shown: ``abcd…wxyz`` (see :func:`pionex_wrapper.profiles.mask`)."""
    from pionex_wrapper.profiles import mask as masked

    return masked(key)


@dataclass(frozen=True)
class Profile:
    """Where and as whom a command talks to the exchange.  The secret never shows in ``repr``
    (nor the key, masked)."""

    name: str | None
    """The profile of the file in use, if any."""
    api_key: str | None = None
    secret_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    read_only: bool = False
    """Refuse every operation that is not a read, before anything is sent."""
    source: str | None = None
    """Where the credentials came from, for messages: ``--api-key/--api-secret``,
    ``PIONEX_API_KEY/PIONEX_API_SECRET`` or ``profile NAME (PATH)``; None without credentials."""

    def __repr__(self) -> str:
        secret = "<hidden>" if self.secret_key else None
        return (
            f"Profile(name={self.name!r}, api_key={mask(self.api_key)!r}, secret_key={secret!r}, "
            f"base_url={self.base_url!r}, read_only={self.read_only!r}, source={self.source!r})"
        )


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """The profiles file: ``PIONEX_CONFIG``, else ``~/.pionex/config.toml``."""
    from pionex_wrapper.profiles import config_path as path_of

    return path_of(env)


def _pair(key: str | None, secret: str | None, key_name: str, secret_name: str) -> bool:
    """Whether a source gives credentials: both halves (True), neither (False), or an error."""
    if bool(key) != bool(secret):
        has, lacks = (key_name, secret_name) if key else (secret_name, key_name)
        from pionex_wrapper.profiles import ProfileError

        raise ProfileError(f"{has} is given without {lacks}: give both (nothing is taken from another source)")
    return bool(key)


def read_file(path: Path | None = None, env: Mapping[str, str] | None = None) -> ProfileFile:
    """The profile file, checked (see :func:`pionex_wrapper.profiles.read_profile_file`)."""
    from pionex_wrapper.profiles import read_profile_file

    return read_profile_file(config_path(env) if path is None else path)


def resolve(
    profile: str | None = None,
    *,
    api_key: str | None = None,
    api_secret: str | None = None,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> Profile:
    """The credentials a command uses: flags, then an explicit ``--profile``, then the
    environment, then the file's default profile (the module's docstring has the rule).

    Raises :class:`pionex_wrapper.ProfileError` (the message names the file and the problem, never
    a secret) for half a pair of credentials, a missing profile or an unreadable file.
    """
    environ = os.environ if env is None else env
    flags = _pair(api_key, api_secret, "--api-key", "--api-secret")
    if profile is not None:  # named on the command line: beats the environment
        named = read_file(path, environ)
        stored = named.get(profile)
        where = f"profile {profile} ({named.path})"
        return Profile(
            profile,
            api_key if flags else stored.api_key,
            api_secret if flags else stored.secret_key,
            base_url or stored.base_url or _default_base_url(),
            stored.read_only,
            "--api-key/--api-secret" if flags else (where if stored.api_key else None),
        )
    env_key, env_secret = environ.get("PIONEX_API_KEY") or None, environ.get("PIONEX_API_SECRET") or None
    env_url = environ.get("PIONEX_BASE_URL") or None
    if flags:
        return Profile(None, api_key, api_secret, base_url or env_url, source="--api-key/--api-secret")
    if _pair(env_key, env_secret, "PIONEX_API_KEY", "PIONEX_API_SECRET"):
        return Profile(None, env_key, env_secret, base_url or env_url, source="PIONEX_API_KEY/PIONEX_API_SECRET")
    file = read_file(path, environ)
    name = file.default_name() if file.exists else None
    if name is None:  # no file, or no default: public operations only
        return Profile(None, None, None, base_url or env_url)
    stored = file.get()  # the default, named as such in errors
    return Profile(
        name,
        stored.api_key,
        stored.secret_key,
        base_url or env_url or stored.base_url,
        stored.read_only,
        f"profile {name} ({file.path})" if stored.api_key else None,
    )


def _default_base_url() -> str:
    """Pionex's address: given explicitly so that ``PIONEX_BASE_URL`` does not stand in for a
    profile that names none."""
    from pionex_wrapper.config import DEFAULT_BASE_URL

    return DEFAULT_BASE_URL


def make_client(profile: Profile, **options: Any) -> Pionex:
    """The client for a resolved profile: its key, secret and base URL, the other options as
    given.  :func:`resolve` has already read ``PIONEX_API_KEY``/``PIONEX_API_SECRET``/
    ``PIONEX_BASE_URL`` by its rule, so the client does not read them again (a profile without a
    key makes a client without credentials, not one with the environment's)."""
    from pionex_wrapper import Pionex
    from pionex_wrapper.profiles import profile_environment

    if profile.base_url is not None:
        options.setdefault("base_url", profile.base_url)
    with profile_environment():
        return Pionex(profile.api_key, profile.secret_key, **options)


# -- writing -------------------------------------------------------------------------------------


def write_file(path: Path, data: Mapping[str, Any]) -> None:
    """Write the profile document ``data`` to ``path`` owner-only (0600) and atomically: a
    temporary file in the same folder, flushed, then renamed over the old one (a symbolic link
    is followed, not replaced).  A folder it creates is 0700."""
    import tempfile

    import tomli_w

    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)  # mkdir's mode is masked by the umask
    text = tomli_w.dumps(dict(data))
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes it 0600 already; said again for a file that matters
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Refused(click.ClickException):
    """A profile file problem: exit code 3 (refused by the client), one line."""

    exit_code = 3


def _load(ctx_path: Path) -> ProfileFile:
    from pionex_wrapper.profiles import ProfileError

    try:
        return read_file(ctx_path)
    except ProfileError as error:
        raise _Refused(str(error)) from None


def _stored(file: ProfileFile, name: str) -> dict[str, Any]:
    if name not in file.profiles:
        raise click.UsageError(f"{file.path}: no profile {name!r}; its profiles: {file.known()}")
    return dict(file.data["profiles"][name])


def _check_url(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise click.BadParameter("must be an http:// or https:// URL with a host", param_hint="--base-url")
    if parts.username is not None or parts.password is not None:
        raise click.BadParameter("must not hold a user name or password", param_hint="--base-url")
    return url.rstrip("/")


@click.group("config")
def config_group() -> None:
    """Profiles in ~/.pionex/config.toml (PIONEX_CONFIG names another file), the format of
    Pionex's own tools: add, list, remove, and choose the default."""


@config_group.command("add")
@click.argument("name")
@click.option("--api-key", help="The API key (asked for, without echo, if not given).")
@click.option(
    "--stdin",
    "from_stdin",
    is_flag=True,
    help="Read the key and the secret from standard input, one a line (only the secret with --api-key).",
)
@click.option("--base-url", help="The exchange's address (default Pionex's); the sandbox's for rehearsals.")
@click.option("--read-only", is_flag=True, help="Refuse every operation that is not a read (ours, not Pionex's).")
@click.option("--default", "make_default", is_flag=True, help="Make it the default profile.")
@click.option("--force", is_flag=True, help="Replace a profile of that name.")
def add(
    name: str,
    api_key: str | None,
    from_stdin: bool,
    base_url: str | None,
    read_only: bool,
    make_default: bool,
    force: bool,
) -> None:
    """Add the profile NAME.  The secret is asked for without echo (or read from stdin with
    --stdin) and never printed.  The first profile becomes the default."""
    path = config_path()
    file = _load(path)
    if name in file.profiles and not force:
        raise click.UsageError(f"{path}: profile {name!r} exists: pass --force to replace it")
    url = _check_url(base_url) if base_url else None
    if from_stdin:
        import sys

        stream = sys.stdin
        if api_key is None:
            api_key = stream.readline().strip()
        secret = stream.readline().strip()
    else:
        if api_key is None:
            api_key = click.prompt("API key", hide_input=True, err=True).strip()
        secret = click.prompt("API secret", hide_input=True, err=True).strip()
    if not api_key or not secret:
        raise click.UsageError("both an API key and its secret are needed")
    data = dict(file.data)
    profiles = dict(data.get("profiles", {}))
    table = dict(profiles.get(name, {})) if force else {}  # unknown keys of a replaced profile kept
    table.update(api_key=api_key, secret_key=secret)
    for key, value in (("base_url", url), ("read_only", True if read_only else None)):
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
    profiles[name] = table
    data["profiles"] = profiles
    if make_default or file.default_name() is None:
        data["default_profile"] = name
    write_file(path, data)
    default = " (default)" if data.get("default_profile") == name else ""
    click.echo(f"Saved profile {name}{default}, key {mask(api_key)}, to {path}", err=True)


@config_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON, for scripts (as the global --json).")
@click.pass_context
def list_profiles(ctx: click.Context, as_json: bool) -> None:
    """The profiles: name, base URL, masked key, read-only, and which is the default.  Never the secret."""
    as_json = as_json or getattr(ctx.obj, "output", None) == "json"  # the session's --json
    file = _load(config_path())
    default = file.default_name()
    rows = [
        {
            "name": profile.name,
            "default": profile.name == default,
            "base_url": profile.base_url or "",
            "api_key": mask(profile.api_key) + (" (no secret)" if profile.api_key and not profile.secret_key else ""),
            "read_only": profile.read_only,
        }
        for profile in file.profiles.values()
    ]
    if as_json:
        import json

        click.echo(json.dumps({"path": str(file.path), "default_profile": default, "profiles": rows}, indent=2))
        return
    if not rows:
        click.echo(f"No profiles in {file.path}: add one with `pionex config add NAME`.", err=True)
        return
    headers = {"default": "", "name": "NAME", "base_url": "BASE URL", "api_key": "KEY", "read_only": "READ-ONLY"}
    shown = [
        {
            "default": "*" if row["default"] else "",
            "name": str(row["name"]),
            "base_url": str(row["base_url"]) or "(Pionex)",
            "api_key": str(row["api_key"]).strip(),
            "read_only": "yes" if row["read_only"] else "",
        }
        for row in rows
    ]
    widths = {key: max(len(headers[key]), *(len(row[key]) for row in shown)) for key in headers}
    for row in [headers, *shown]:
        click.echo("  ".join(row[key].ljust(widths[key]) for key in headers).rstrip())
    click.echo(f"({file.path}; * the default)", err=True)


@config_group.command("remove")
@click.argument("name")
def remove(name: str) -> None:
    """Remove the profile NAME (and the default, if it was)."""
    path = config_path()
    file = _load(path)
    _stored(file, name)
    data = dict(file.data)
    data["profiles"] = {key: value for key, value in data["profiles"].items() if key != name}
    note = ""
    if data.get("default_profile") == name:
        del data["default_profile"]
        note = "; there is no default profile now (choose one with `pionex config use NAME`)"
    write_file(path, data)
    click.echo(f"Removed profile {name} from {path}{note}", err=True)


@config_group.command("use")
@click.argument("name")
def use(name: str) -> None:
    """Make NAME the default profile."""
    path = config_path()
    file = _load(path)
    _stored(file, name)
    write_file(path, {**file.data, "default_profile": name})
    click.echo(f"Default profile: {name} ({path})", err=True)
