"""Credentials and profiles, compatible with Pionex's own tools (SEAM: filled in by the profiles work).

Where a command's credentials come from, first found wins: the flags (``--api-key``,
``--api-secret``, ``--base-url``), then ``PIONEX_API_KEY`` / ``PIONEX_API_SECRET`` /
``PIONEX_BASE_URL``, then the profile (``--profile NAME``, else the file's ``default_profile``) of
``~/.pionex/config.toml`` (``PIONEX_CONFIG`` names another file) in the format Pionex's kit reads::

    default_profile = "main"

    [profiles.main]
    api_key = "..."
    secret_key = "..."
    base_url = "https://api.pionex.com"
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Profile:
    """Where and as whom a command talks to the exchange.  The secret never shows in ``repr``."""

    name: str | None
    api_key: str | None = None
    secret_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    read_only: bool = False
    """Refuse every operation that is not a read, before anything is sent."""


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """The profiles file: ``PIONEX_CONFIG``, else ``~/.pionex/config.toml``."""
    given = (os.environ if env is None else env).get("PIONEX_CONFIG")
    return Path(given) if given else Path.home() / ".pionex" / "config.toml"


def resolve(
    profile: str | None = None,
    *,
    api_key: str | None = None,
    api_secret: str | None = None,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> Profile:
    """The credentials a command uses: flags, then the environment, then the profile file.

    SEAM: this first version reads flags and the environment only; the profiles work adds the file.
    """
    environ = os.environ if env is None else env
    return Profile(
        profile,
        api_key or environ.get("PIONEX_API_KEY"),
        api_secret or environ.get("PIONEX_API_SECRET"),
        base_url or environ.get("PIONEX_BASE_URL"),
    )
