from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_fills_by_order_id_response_200 import GetFillsByOrderIdResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_id: int,
    from_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params["fromId"] = from_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trade/fillsByOrderId",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | GetFillsByOrderIdResponse200 | None:
    if response.status_code == 200:
        response_200 = GetFillsByOrderIdResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | GetFillsByOrderIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    order_id: int,
    from_id: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | GetFillsByOrderIdResponse200]:
    """Fills of one order

     Executions of one order, newest first; an unknown order gives an empty list.

    Args:
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.
        from_id (int | Unset): Identifier the exchange gave a fill: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GetFillsByOrderIdResponse200]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        from_id=from_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    order_id: int,
    from_id: int | Unset = UNSET,
) -> Any | ErrorResponse | GetFillsByOrderIdResponse200 | None:
    """Fills of one order

     Executions of one order, newest first; an unknown order gives an empty list.

    Args:
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.
        from_id (int | Unset): Identifier the exchange gave a fill: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GetFillsByOrderIdResponse200
    """

    return sync_detailed(
        client=client,
        order_id=order_id,
        from_id=from_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    order_id: int,
    from_id: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | GetFillsByOrderIdResponse200]:
    """Fills of one order

     Executions of one order, newest first; an unknown order gives an empty list.

    Args:
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.
        from_id (int | Unset): Identifier the exchange gave a fill: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GetFillsByOrderIdResponse200]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        from_id=from_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    order_id: int,
    from_id: int | Unset = UNSET,
) -> Any | ErrorResponse | GetFillsByOrderIdResponse200 | None:
    """Fills of one order

     Executions of one order, newest first; an unknown order gives an empty list.

    Args:
        order_id (int): Identifier the exchange gave an order: a positive 64-bit integer.
        from_id (int | Unset): Identifier the exchange gave a fill: a positive 64-bit integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GetFillsByOrderIdResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id=order_id,
            from_id=from_id,
        )
    ).parsed
