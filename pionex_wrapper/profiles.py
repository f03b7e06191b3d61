"""Profiles: named credentials in ``~/.pionex/config.toml``, the file Pionex's own tools read.

The format is that of Pionex's AI kit (``pionex-official/pionex-ai-kit``,
``packages/core/src/config/toml.ts``)::

    default_profile = "main"          # optional; without it, the profile named "default"

    [profiles.main]
    api_key = "..."
    secret_key = "..."
    base_url = "https://api.pionex.com"   # optional

    [profiles.sandbox]
    api_key = "sandbox-key-NOT-A-REAL-KEY"
    secret_key = "sandbox-secret-NOT-A-REAL-SECRET"
    base_url = "http://127.0.0.1:8000"
    read_only = true                  # ours, not Pionex's: the command line refuses every write

``PIONEX_CONFIG`` names another file.  Keys this module does not know are kept by the writers and
ignored by the readers.  This module reads only (stdlib ``tomllib``); ``pionex config``
(:mod:`pionex_cli.profiles`) writes.  :meth:`Pionex.from_profile <pionex_wrapper.Pionex.from_profile>`
and the command line both read through :func:`read_profile_file`.

No error or ``repr`` here holds a secret (nor a key: keys show as ``abcd…wxyz``).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PionexError

CONFIG_ENV = "PIONEX_CONFIG"
"""The environment variable naming the profile file (default ``~/.pionex/config.toml``)."""

FALLBACK_PROFILE = "default"
"""The profile used when the file names no ``default_profile`` (as Pionex's kit does)."""


class ProfileError(PionexError, ValueError):
    """The profile file could not give what was asked: the message names the file and the
    problem (the line of a TOML error, the known profiles when one is missing), never a secret."""


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """The profile file: ``PIONEX_CONFIG``, else ``~/.pionex/config.toml``."""
    given = (os.environ if env is None else env).get(CONFIG_ENV)
    return Path(given).expanduser() if given else Path.home() / ".pionex" / "config.toml"


def mask(key: str | None) -> str:
    """A key as it may be shown: ``abcd…wxyz`` (``****`` when too short to show any of it)."""
    if not key:
        return ""
    return f"{key[:4]}…{key[-4:]}" if len(key) >= 12 else "****"


@dataclass(frozen=True)
class StoredProfile:
    """One ``[profiles.NAME]`` table, checked.  ``repr`` masks the key and hides the secret."""

    name: str
    api_key: str | None = None
    secret_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    read_only: bool = False

    def __repr__(self) -> str:
        secret = "<hidden>" if self.secret_key else None
        return (
            f"StoredProfile(name={self.name!r}, api_key={mask(self.api_key)!r}, secret_key={secret!r}, "
            f"base_url={self.base_url!r}, read_only={self.read_only!r})"
        )


@dataclass(frozen=True)
class ProfileFile:
    """A profile file as read: its ``default_profile``, its profiles by name, and the whole
    document (``data``, unknown keys included, for writers that keep them)."""

    path: Path
    default_profile: str | None = None
    profiles: Mapping[str, StoredProfile] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    exists: bool = True

    def known(self) -> str:
        """The profiles' names, for messages."""
        return ", ".join(sorted(self.profiles)) or "none"

    def default_name(self) -> str | None:
        """The profile used when none is named: ``default_profile``, else one named ``default``."""
        if self.default_profile is not None:
            return self.default_profile
        return FALLBACK_PROFILE if FALLBACK_PROFILE in self.profiles else None

    def get(self, name: str | None = None) -> StoredProfile:
        """The profile ``name`` (else the default), with a key and its secret or neither.

        Raises :class:`ProfileError` naming the file: no file, no such profile (listing the
        known ones), no default, or a key without its secret (or a secret without its key)."""
        if not self.exists:
            raise ProfileError(f"{self.path}: no profile file (add a profile with `pionex config add NAME`)")
        chosen = name if name is not None else self.default_name()
        if chosen is None:
            raise ProfileError(
                f"{self.path}: no default_profile and no profile named {FALLBACK_PROFILE!r}: "
                f"name one (its profiles: {self.known()})"
            )
        found = self.profiles.get(chosen)
        if found is None:
            how = "" if name is not None else " (its default_profile)"
            raise ProfileError(f"{self.path}: no profile {chosen!r}{how}; its profiles: {self.known()}")
        if bool(found.api_key) != bool(found.secret_key):
            has, lacks = ("api_key", "secret_key") if found.api_key else ("secret_key", "api_key")
            raise ProfileError(f"{self.path}: profile {chosen!r} has {has} but no {lacks}: give both or neither")
        return found


def _string(value: object, where: str, path: Path) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise ProfileError(f"{path}: {where} must be a string, not {type(value).__name__}")


def parse_profiles(data: dict[str, Any], path: Path) -> ProfileFile:
    """A parsed TOML document checked as a profile file (types only: values are not echoed)."""
    default = data.get("default_profile")
    if default is not None and not isinstance(default, str):
        raise ProfileError(f"{path}: default_profile must be a string, not {type(default).__name__}")
    tables = data.get("profiles", {})
    if not isinstance(tables, dict):
        raise ProfileError(f"{path}: profiles must be a table ([profiles.NAME]), not {type(tables).__name__}")
    profiles: dict[str, StoredProfile] = {}
    for name, table in tables.items():
        where = f"profiles.{name}"
        if not isinstance(table, dict):
            raise ProfileError(f"{path}: {where} must be a table, not {type(table).__name__}")
        read_only = table.get("read_only", False)
        if not isinstance(read_only, bool):
            raise ProfileError(f"{path}: {where}.read_only must be true or false, not {type(read_only).__name__}")
        profiles[name] = StoredProfile(
            name,
            _string(table.get("api_key"), f"{where}.api_key", path),
            _string(table.get("secret_key"), f"{where}.secret_key", path),
            _string(table.get("base_url"), f"{where}.base_url", path),
            read_only,
        )
    return ProfileFile(path, default, profiles, data)


def read_profile_file(path: Path | None = None, *, env: Mapping[str, str] | None = None) -> ProfileFile:
    """The profile file at ``path`` (default :func:`config_path`), checked.  A missing file reads
    as one with no profiles (``exists`` False); an unreadable one raises :class:`ProfileError`
    naming the file and the problem (for bad TOML, the line and column)."""
    path = config_path(env) if path is None else Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ProfileFile(path, exists=False)
    except OSError as error:
        raise ProfileError(f"{path}: cannot be read: {error.strerror or type(error).__name__}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProfileError(f"{path}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        # tomllib's messages name the problem and its line and column, never the value.
        raise ProfileError(f"{path}: is not valid TOML: {error}") from None
    return parse_profiles(data, path)


def load_profile(
    name: str | None = None, *, path: Path | None = None, env: Mapping[str, str] | None = None
) -> StoredProfile:
    """The profile ``name`` (else the file's default) of the profile file; see :meth:`ProfileFile.get`."""
    return read_profile_file(path, env=env).get(name)


STOOD_IN_FOR = ("PIONEX_API_KEY", "PIONEX_API_SECRET", "PIONEX_BASE_URL")
"""The environment variables a profile stands in for: a client made from a profile reads none."""


@contextmanager
def profile_environment() -> Iterator[None]:
    """Clients made in this block read the environment without ``PIONEX_API_KEY``,
    ``PIONEX_API_SECRET`` and ``PIONEX_BASE_URL`` (the other variables as usual): a profile
    without a key makes a client without credentials, not one with the environment's."""
    from .config import CLIENT_ENVIRONMENT

    token = CLIENT_ENVIRONMENT.set({k: v for k, v in os.environ.items() if k not in STOOD_IN_FOR})
    try:
        yield
    finally:
        CLIENT_ENVIRONMENT.reset(token)
