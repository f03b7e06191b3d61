from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bot_futures_grid_get_order_response_200 import (
    BotFuturesGridGetOrderResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bu_order_id: str,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["buOrderId"] = bu_order_id

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bot/orders/futuresGrid/order",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BotFuturesGridGetOrderResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotFuturesGridGetOrderResponse200.from_dict(response.json())

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
) -> Response[Any | BotFuturesGridGetOrderResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    bu_order_id: str,
    lang: str | Unset = UNSET,
) -> Response[Any | BotFuturesGridGetOrderResponse200 | ErrorResponse]:
    """Get a futures grid

     One futures grid bot of the account by its id, with its settings, position, margin and stops.

    Args:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string
            of ASCII letters, digits and hyphens, at most 64 characters (a smart copy bot's is a
            36-character UUID). Example: 1234567890.
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotFuturesGridGetOrderResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bu_order_id=bu_order_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    bu_order_id: str,
    lang: str | Unset = UNSET,
) -> Any | BotFuturesGridGetOrderResponse200 | ErrorResponse | None:
    """Get a futures grid

     One futures grid bot of the account by its id, with its settings, position, margin and stops.

    Args:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string
            of ASCII letters, digits and hyphens, at most 64 characters (a smart copy bot's is a
            36-character UUID). Example: 1234567890.
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotFuturesGridGetOrderResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        bu_order_id=bu_order_id,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    bu_order_id: str,
    lang: str | Unset = UNSET,
) -> Response[Any | BotFuturesGridGetOrderResponse200 | ErrorResponse]:
    """Get a futures grid

     One futures grid bot of the account by its id, with its settings, position, margin and stops.

    Args:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string
            of ASCII letters, digits and hyphens, at most 64 characters (a smart copy bot's is a
            36-character UUID). Example: 1234567890.
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotFuturesGridGetOrderResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bu_order_id=bu_order_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    bu_order_id: str,
    lang: str | Unset = UNSET,
) -> Any | BotFuturesGridGetOrderResponse200 | ErrorResponse | None:
    """Get a futures grid

     One futures grid bot of the account by its id, with its settings, position, margin and stops.

    Args:
        bu_order_id (str): Identifier the exchange gave a bot (a grid, a smart copy bot): a string
            of ASCII letters, digits and hyphens, at most 64 characters (a smart copy bot's is a
            36-character UUID). Example: 1234567890.
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotFuturesGridGetOrderResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            bu_order_id=bu_order_id,
            lang=lang,
        )
    ).parsed
