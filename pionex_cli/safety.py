"""What stands between a command and real money (SEAM: filled in by the safety work).

Every operation whose effect (``Operation.effect`` in the registry) is not ``read`` goes through
:func:`guard` before it is sent:

* ``--dry-run`` prints the exact request that would be signed and sent (key and signature
  redacted) and the checks it passed, and sends nothing;
* a read-only profile refuses it before anything is sent;
* a ``withdrawal`` needs ``--allow-withdrawal`` as well;
* on a terminal it asks for confirmation with a plain summary unless ``--yes``; without a terminal
  it needs ``--yes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pionex_wrapper.operation import Operation

    from .session import Session


class Refused(Exception):
    """The command was not sent: the message says why (a read-only profile, no confirmation...)."""


class DryRun(Exception):
    """Raised after a dry run printed its request: nothing was sent (the command exits 0)."""


def guard(session: Session, operation: Operation[Any], arguments: Mapping[str, Any]) -> None:
    """Return if ``operation`` may be sent with ``arguments``; raise :class:`Refused` or
    :class:`DryRun` otherwise.  Called only for operations whose effect is not ``read``.

    SEAM: this first version refuses every write unless ``--yes`` was given, and knows no dry run.
    """
    if session.dry_run:
        raise Refused("--dry-run is not available yet")
    if not session.yes:
        raise Refused(f"{operation.command} changes your account: pass --yes to send it")
