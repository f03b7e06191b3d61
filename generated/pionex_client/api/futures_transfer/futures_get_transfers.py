from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.futures_get_transfers_response_200 import FuturesGetTransfersResponse200
from ...models.futures_get_transfers_status import (
    FuturesGetTransfersStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: FuturesGetTransfersStatus | Unset = "ALL",
    end_time: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["endTime"] = end_time

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assets/transfers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FuturesGetTransfersResponse200 | None:
    if response.status_code == 200:
        response_200 = FuturesGetTransfersResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | FuturesGetTransfersResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: FuturesGetTransfersStatus | Unset = "ALL",
    end_time: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[Any | ErrorResponse | FuturesGetTransfersResponse200]:
    """Transfer history

     Transfers between the main and the trading account, newest first.

    Args:
        status (FuturesGetTransfersStatus | Unset):  Default: 'ALL'.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetTransfersResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        end_time=end_time,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: FuturesGetTransfersStatus | Unset = "ALL",
    end_time: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> Any | ErrorResponse | FuturesGetTransfersResponse200 | None:
    """Transfer history

     Transfers between the main and the trading account, newest first.

    Args:
        status (FuturesGetTransfersStatus | Unset):  Default: 'ALL'.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetTransfersResponse200
    """

    return sync_detailed(
        client=client,
        status=status,
        end_time=end_time,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: FuturesGetTransfersStatus | Unset = "ALL",
    end_time: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[Any | ErrorResponse | FuturesGetTransfersResponse200]:
    """Transfer history

     Transfers between the main and the trading account, newest first.

    Args:
        status (FuturesGetTransfersStatus | Unset):  Default: 'ALL'.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetTransfersResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        end_time=end_time,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: FuturesGetTransfersStatus | Unset = "ALL",
    end_time: int | Unset = UNSET,
    limit: int | Unset = 20,
) -> Any | ErrorResponse | FuturesGetTransfersResponse200 | None:
    """Transfer history

     Transfers between the main and the trading account, newest first.

    Args:
        status (FuturesGetTransfersStatus | Unset):  Default: 'ALL'.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetTransfersResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            end_time=end_time,
            limit=limit,
        )
    ).parsed
