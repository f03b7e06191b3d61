"""What one invocation of ``pionex`` knows: its global options, its profile, and the client it
makes on first use (SEAM: the command-line core fills in the rest; ``profiles`` and ``safety``
read these fields)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Callable

    from pionex_wrapper import Pionex

    from .profiles import Profile

OutputFormat = Literal["table", "json", "csv"]


@dataclass
class Session:
    profile: Profile
    output: OutputFormat = "table"
    dry_run: bool = False
    yes: bool = False
    allow_withdrawal: bool = False
    verbose: bool = False
    interactive: bool = False
    """stdin and stdout are a terminal: tables and confirmation prompts."""
    output_path: str | None = None
    """``--output PATH``: the result goes to this file instead of stdout."""
    sandbox: bool = False
    """``--sandbox``: the profile points at a local sandbox with its fake keys."""
    pending: Callable[[], Profile] | None = field(default=None, repr=False)
    """How to resolve the profile, until :meth:`ready` did: the root command resolves it only when a
    command runs, so ``pionex market depth --help`` reads no profile file and imports no client
    (``profile`` holds just the name meanwhile)."""
    _client: Pionex | None = field(default=None, repr=False)

    def ready(self) -> Profile:
        """Resolve the profile (flags, environment, file) if not yet done; the resolved profile.
        Every command calls it before anything else (and :meth:`client` does)."""
        if self.pending is not None:
            self.profile = self.pending()
            self.pending = None
        return self.profile

    def client(self) -> Pionex:
        """The client for this invocation, made on first use from the resolved profile (by
        ``profiles.make_client`` where the profiles module has it: the client then reads no
        credentials from the environment that the profile's rule did not choose)."""
        profile = self.ready()
        if self._client is None:
            from . import profiles

            make = getattr(profiles, "make_client", None)
            if make is not None:
                self._client = make(profile)
            else:
                from pionex_wrapper import Pionex

                if profile.base_url is None:
                    self._client = Pionex(profile.api_key, profile.secret_key)
                else:
                    self._client = Pionex(profile.api_key, profile.secret_key, base_url=profile.base_url)
        assert self._client is not None
        return self._client
