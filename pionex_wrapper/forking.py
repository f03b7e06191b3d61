"""What a forked child process starts with.

``os.fork`` (Gunicorn and Celery workers, ``multiprocessing`` with the ``fork`` start method)
copies the whole process but only the thread that called it.  Whatever the other threads were
doing is frozen in the child's copy: a lock one of them held stays held forever, a queue of
waiting threads holds waiters nobody will ever wake, and an event loop running on a background
thread is no longer running.  Used as they are, they hang the child.

So every object of the package that holds such process-wide state registers here, and the child
resets it right after the fork (``os.register_at_fork(after_in_child=...)``), before any of its
code runs.  The policy, object by object, is in each ``_after_fork`` docstring; in short:

* **reset**: locks (new ones), the rate limiter's queue of waiting calls (empty), the event
  loops and stream connections of the parent (dropped, never used: they are the parent's),
  the count of open stream connections per host (zero: the parent's are not the child's), the
  HTTP connections in the pools of the clients the SDK made (set aside: the child opens its own);
* **kept**: what the exchange counted and still counts against the budgets (weight in the
  window, bans), configuration, and the clients themselves (usable in the child).

Objects register with :func:`reset_in_child`; they are held weakly, so registering keeps
nothing alive.
"""

from __future__ import annotations

import os
import weakref
from typing import Protocol


class ForkAware(Protocol):
    def _after_fork(self) -> None:
        """Runs in the child right after a fork, while it has only the thread that forked."""


_registered: weakref.WeakValueDictionary[int, ForkAware] = weakref.WeakValueDictionary()
"""By identity (some of them compare equal by value, or are not hashable), held weakly."""


def reset_in_child(target: ForkAware) -> None:
    """Has ``target._after_fork()`` run in every child forked from now on (held weakly)."""
    _registered[id(target)] = target


def _after_fork_in_child() -> None:
    for target in list(_registered.values()):
        target._after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)
