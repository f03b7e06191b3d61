from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.futures_place_order_body import FuturesPlaceOrderBody
from ...models.futures_place_order_response_200 import FuturesPlaceOrderResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: FuturesPlaceOrderBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uapi/v1/trade/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FuturesPlaceOrderResponse200 | None:
    if response.status_code == 200:
        response_200 = FuturesPlaceOrderResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | FuturesPlaceOrderResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesPlaceOrderBody,
) -> Response[Any | ErrorResponse | FuturesPlaceOrderResponse200]:
    """Place a futures order

     Places one order on a perpetual pair. The exchange handles it asynchronously: the reply carries the
    order id, and the order's fate is read with the order look-ups. LIMIT, IOC, FOK and POSTONLY orders
    need `size` and `price`; a MARKET_QTY order needs `size` and takes no `price`.

    Args:
        body (FuturesPlaceOrderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesPlaceOrderResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FuturesPlaceOrderBody,
) -> Any | ErrorResponse | FuturesPlaceOrderResponse200 | None:
    """Place a futures order

     Places one order on a perpetual pair. The exchange handles it asynchronously: the reply carries the
    order id, and the order's fate is read with the order look-ups. LIMIT, IOC, FOK and POSTONLY orders
    need `size` and `price`; a MARKET_QTY order needs `size` and takes no `price`.

    Args:
        body (FuturesPlaceOrderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesPlaceOrderResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesPlaceOrderBody,
) -> Response[Any | ErrorResponse | FuturesPlaceOrderResponse200]:
    """Place a futures order

     Places one order on a perpetual pair. The exchange handles it asynchronously: the reply carries the
    order id, and the order's fate is read with the order look-ups. LIMIT, IOC, FOK and POSTONLY orders
    need `size` and `price`; a MARKET_QTY order needs `size` and takes no `price`.

    Args:
        body (FuturesPlaceOrderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesPlaceOrderResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesPlaceOrderBody,
) -> Any | ErrorResponse | FuturesPlaceOrderResponse200 | None:
    """Place a futures order

     Places one order on a perpetual pair. The exchange handles it asynchronously: the reply carries the
    order id, and the order's fate is read with the order look-ups. LIMIT, IOC, FOK and POSTONLY orders
    need `size` and `price`; a MARKET_QTY order needs `size` and takes no `price`.

    Args:
        body (FuturesPlaceOrderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesPlaceOrderResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
