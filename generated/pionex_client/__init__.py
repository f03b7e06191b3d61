"""A client library for accessing Pionex Open API"""

# openapi/templates/package_init.py.jinja: the low-level clients are imported on first use, so
# that importing pionex_client.facade (what pionex_wrapper binds) does not import attrs.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
