from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_symbols_response_200 import GetSymbolsResponse200
from ...models.get_symbols_status import GetSymbolsStatus
from ...models.get_symbols_type import GetSymbolsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbols: str | Unset = UNSET,
    type_: GetSymbolsType | Unset = UNSET,
    status: GetSymbolsStatus | Unset = "ALL",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbols"] = symbols

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/common/symbols",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | GetSymbolsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetSymbolsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | GetSymbolsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    type_: GetSymbolsType | Unset = UNSET,
    status: GetSymbolsStatus | Unset = "ALL",
) -> Response[Any | ErrorResponse | GetSymbolsResponse200]:
    """List trading pairs

     Trading rules of the listed pairs: precisions, minimum and maximum sizes and amounts, price limits.
    Covers spot pairs and perpetual futures (`type=PERP`).

    Args:
        symbols (str | Unset): One or more trading pairs, each written as a Symbol, separated by
            commas without spaces. At most 2048 characters. Example: BTC_USDT,ETH_USDT.
        type_ (GetSymbolsType | Unset):
        status (GetSymbolsStatus | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GetSymbolsResponse200]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        type_=type_,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    type_: GetSymbolsType | Unset = UNSET,
    status: GetSymbolsStatus | Unset = "ALL",
) -> Any | ErrorResponse | GetSymbolsResponse200 | None:
    """List trading pairs

     Trading rules of the listed pairs: precisions, minimum and maximum sizes and amounts, price limits.
    Covers spot pairs and perpetual futures (`type=PERP`).

    Args:
        symbols (str | Unset): One or more trading pairs, each written as a Symbol, separated by
            commas without spaces. At most 2048 characters. Example: BTC_USDT,ETH_USDT.
        type_ (GetSymbolsType | Unset):
        status (GetSymbolsStatus | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GetSymbolsResponse200
    """

    return sync_detailed(
        client=client,
        symbols=symbols,
        type_=type_,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    type_: GetSymbolsType | Unset = UNSET,
    status: GetSymbolsStatus | Unset = "ALL",
) -> Response[Any | ErrorResponse | GetSymbolsResponse200]:
    """List trading pairs

     Trading rules of the listed pairs: precisions, minimum and maximum sizes and amounts, price limits.
    Covers spot pairs and perpetual futures (`type=PERP`).

    Args:
        symbols (str | Unset): One or more trading pairs, each written as a Symbol, separated by
            commas without spaces. At most 2048 characters. Example: BTC_USDT,ETH_USDT.
        type_ (GetSymbolsType | Unset):
        status (GetSymbolsStatus | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GetSymbolsResponse200]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        type_=type_,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbols: str | Unset = UNSET,
    type_: GetSymbolsType | Unset = UNSET,
    status: GetSymbolsStatus | Unset = "ALL",
) -> Any | ErrorResponse | GetSymbolsResponse200 | None:
    """List trading pairs

     Trading rules of the listed pairs: precisions, minimum and maximum sizes and amounts, price limits.
    Covers spot pairs and perpetual futures (`type=PERP`).

    Args:
        symbols (str | Unset): One or more trading pairs, each written as a Symbol, separated by
            commas without spaces. At most 2048 characters. Example: BTC_USDT,ETH_USDT.
        type_ (GetSymbolsType | Unset):
        status (GetSymbolsStatus | Unset):  Default: 'ALL'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GetSymbolsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            symbols=symbols,
            type_=type_,
            status=status,
        )
    ).parsed
