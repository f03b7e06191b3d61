from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.futures_get_transfer_response_200 import FuturesGetTransferResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clientId"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assets/transfer",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FuturesGetTransferResponse200 | None:
    if response.status_code == 200:
        response_200 = FuturesGetTransferResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | FuturesGetTransferResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | FuturesGetTransferResponse200]:
    """Look up a transfer

     One transfer, found by the identifier the caller gave its request.

    Args:
        client_id (str | Unset): The caller's own identifier of a transfer request, which the
            exchange uses to drop a repeated request. Pionex documents no format for it; the client
            accepts ASCII letters, digits, hyphens and underscores, 1 to 64 characters, which travel
            unchanged in a query or a body. Example: move-2024-01.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetTransferResponse200]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
) -> Any | ErrorResponse | FuturesGetTransferResponse200 | None:
    """Look up a transfer

     One transfer, found by the identifier the caller gave its request.

    Args:
        client_id (str | Unset): The caller's own identifier of a transfer request, which the
            exchange uses to drop a repeated request. Pionex documents no format for it; the client
            accepts ASCII letters, digits, hyphens and underscores, 1 to 64 characters, which travel
            unchanged in a query or a body. Example: move-2024-01.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetTransferResponse200
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | FuturesGetTransferResponse200]:
    """Look up a transfer

     One transfer, found by the identifier the caller gave its request.

    Args:
        client_id (str | Unset): The caller's own identifier of a transfer request, which the
            exchange uses to drop a repeated request. Pionex documents no format for it; the client
            accepts ASCII letters, digits, hyphens and underscores, 1 to 64 characters, which travel
            unchanged in a query or a body. Example: move-2024-01.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetTransferResponse200]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
) -> Any | ErrorResponse | FuturesGetTransferResponse200 | None:
    """Look up a transfer

     One transfer, found by the identifier the caller gave its request.

    Args:
        client_id (str | Unset): The caller's own identifier of a transfer request, which the
            exchange uses to drop a repeated request. Pionex documents no format for it; the client
            accepts ASCII letters, digits, hyphens and underscores, 1 to 64 characters, which travel
            unchanged in a query or a body. Example: move-2024-01.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetTransferResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
        )
    ).parsed
