"""A client library for accessing Pionex Open API"""

# openapi/templates/package_init.py.jinja: the low-level clients are imported on first use, and
# UNSET lives here (types.py re-exports it), so that importing pionex_client.facade and reading
# UNSET, as pionex_wrapper does, imports neither attrs nor the clients.
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

__all__ = (
    "UNSET",
    "AuthenticatedClient",
    "Client",
    "Unset",
)


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
