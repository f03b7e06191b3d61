from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bot_orders_list_response_200 import BotOrdersListResponse200
from ...models.bot_orders_list_status import (
    BotOrdersListStatus,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: BotOrdersListStatus | Unset = "running",
    base: str | Unset = UNSET,
    quote: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    bu_order_types: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["base"] = base

    params["quote"] = quote

    params["pageToken"] = page_token

    params["buOrderTypes"] = bu_order_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bot/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BotOrdersListResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotOrdersListResponse200.from_dict(response.json())

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
) -> Response[Any | BotOrdersListResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: BotOrdersListStatus | Unset = "running",
    base: str | Unset = UNSET,
    quote: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    bu_order_types: str | Unset = UNSET,
) -> Response[Any | BotOrdersListResponse200 | ErrorResponse]:
    """List bots

     The account's bots of every kind (futures grids, spot grids, smart copy bots), running ones by
    default or finished ones, optionally narrowed to some kinds and a pair's coins. A reply holds one
    page; `nextPageToken` fetches the next.

    Args:
        status (BotOrdersListStatus | Unset):  Default: 'running'.
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        bu_order_types (str | Unset): One to three kinds of bot (`futures_grid`, `spot_grid`,
            `smart_copy`), separated by commas without spaces. Pionex's file types the input as a
            list; Pionex's own tools send it as one comma-separated value, as this spec does. Example:
            spot_grid,futures_grid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotOrdersListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        base=base,
        quote=quote,
        page_token=page_token,
        bu_order_types=bu_order_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: BotOrdersListStatus | Unset = "running",
    base: str | Unset = UNSET,
    quote: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    bu_order_types: str | Unset = UNSET,
) -> Any | BotOrdersListResponse200 | ErrorResponse | None:
    """List bots

     The account's bots of every kind (futures grids, spot grids, smart copy bots), running ones by
    default or finished ones, optionally narrowed to some kinds and a pair's coins. A reply holds one
    page; `nextPageToken` fetches the next.

    Args:
        status (BotOrdersListStatus | Unset):  Default: 'running'.
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        bu_order_types (str | Unset): One to three kinds of bot (`futures_grid`, `spot_grid`,
            `smart_copy`), separated by commas without spaces. Pionex's file types the input as a
            list; Pionex's own tools send it as one comma-separated value, as this spec does. Example:
            spot_grid,futures_grid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotOrdersListResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        base=base,
        quote=quote,
        page_token=page_token,
        bu_order_types=bu_order_types,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: BotOrdersListStatus | Unset = "running",
    base: str | Unset = UNSET,
    quote: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    bu_order_types: str | Unset = UNSET,
) -> Response[Any | BotOrdersListResponse200 | ErrorResponse]:
    """List bots

     The account's bots of every kind (futures grids, spot grids, smart copy bots), running ones by
    default or finished ones, optionally narrowed to some kinds and a pair's coins. A reply holds one
    page; `nextPageToken` fetches the next.

    Args:
        status (BotOrdersListStatus | Unset):  Default: 'running'.
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        bu_order_types (str | Unset): One to three kinds of bot (`futures_grid`, `spot_grid`,
            `smart_copy`), separated by commas without spaces. Pionex's file types the input as a
            list; Pionex's own tools send it as one comma-separated value, as this spec does. Example:
            spot_grid,futures_grid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotOrdersListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        base=base,
        quote=quote,
        page_token=page_token,
        bu_order_types=bu_order_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: BotOrdersListStatus | Unset = "running",
    base: str | Unset = UNSET,
    quote: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    bu_order_types: str | Unset = UNSET,
) -> Any | BotOrdersListResponse200 | ErrorResponse | None:
    """List bots

     The account's bots of every kind (futures grids, spot grids, smart copy bots), running ones by
    default or finished ones, optionally narrowed to some kinds and a pair's coins. A reply holds one
    page; `nextPageToken` fetches the next.

    Args:
        status (BotOrdersListStatus | Unset):  Default: 'running'.
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        bu_order_types (str | Unset): One to three kinds of bot (`futures_grid`, `spot_grid`,
            `smart_copy`), separated by commas without spaces. Pionex's file types the input as a
            list; Pionex's own tools send it as one comma-separated value, as this spec does. Example:
            spot_grid,futures_grid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotOrdersListResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            base=base,
            quote=quote,
            page_token=page_token,
            bu_order_types=bu_order_types,
        )
    ).parsed
