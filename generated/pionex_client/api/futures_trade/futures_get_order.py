from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.futures_get_order_response_200 import FuturesGetOrderResponse200
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
    order_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["orderId"] = order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/uapi/v1/trade/order",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FuturesGetOrderResponse200 | None:
    if response.status_code == 200:
        response_200 = FuturesGetOrderResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | FuturesGetOrderResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> Response[Any | ErrorResponse | FuturesGetOrderResponse200]:
    """Look up a futures order

     One futures order of the account, found by the exchange's order id.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetOrderResponse200]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> Any | ErrorResponse | FuturesGetOrderResponse200 | None:
    """Look up a futures order

     One futures order of the account, found by the exchange's order id.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetOrderResponse200
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        order_id=order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> Response[Any | ErrorResponse | FuturesGetOrderResponse200]:
    """Look up a futures order

     One futures order of the account, found by the exchange's order id.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetOrderResponse200]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> Any | ErrorResponse | FuturesGetOrderResponse200 | None:
    """Look up a futures order

     One futures order of the account, found by the exchange's order id.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetOrderResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            order_id=order_id,
        )
    ).parsed
