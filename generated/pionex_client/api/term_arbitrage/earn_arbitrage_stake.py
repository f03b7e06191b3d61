from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arbitrage_stake_request import ArbitrageStakeRequest
from ...models.earn_arbitrage_stake_response_200 import EarnArbitrageStakeResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ArbitrageStakeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/earn/arbitrage/stake",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnArbitrageStakeResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnArbitrageStakeResponse200.from_dict(response.json())

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
) -> Response[Any | EarnArbitrageStakeResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArbitrageStakeRequest,
) -> Response[Any | EarnArbitrageStakeResponse200 | ErrorResponse]:
    """Stake into a term-arbitrage product

     Moves `amount` of `coin` from the spot account into the product `productId` (one of getProducts'),
    where it earns until the term ends or it is unstaked. The coin must be the product's own; Pionex
    takes only USDT and USDC.

    Args:
        body (ArbitrageStakeRequest): A stake: which product, in which coin, how much.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnArbitrageStakeResponse200 | ErrorResponse]
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
    body: ArbitrageStakeRequest,
) -> Any | EarnArbitrageStakeResponse200 | ErrorResponse | None:
    """Stake into a term-arbitrage product

     Moves `amount` of `coin` from the spot account into the product `productId` (one of getProducts'),
    where it earns until the term ends or it is unstaked. The coin must be the product's own; Pionex
    takes only USDT and USDC.

    Args:
        body (ArbitrageStakeRequest): A stake: which product, in which coin, how much.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnArbitrageStakeResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArbitrageStakeRequest,
) -> Response[Any | EarnArbitrageStakeResponse200 | ErrorResponse]:
    """Stake into a term-arbitrage product

     Moves `amount` of `coin` from the spot account into the product `productId` (one of getProducts'),
    where it earns until the term ends or it is unstaked. The coin must be the product's own; Pionex
    takes only USDT and USDC.

    Args:
        body (ArbitrageStakeRequest): A stake: which product, in which coin, how much.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnArbitrageStakeResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArbitrageStakeRequest,
) -> Any | EarnArbitrageStakeResponse200 | ErrorResponse | None:
    """Stake into a term-arbitrage product

     Moves `amount` of `coin` from the spot account into the product `productId` (one of getProducts'),
    where it earns until the term ends or it is unstaked. The coin must be the product's own; Pionex
    takes only USDT and USDC.

    Args:
        body (ArbitrageStakeRequest): A stake: which product, in which coin, how much.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnArbitrageStakeResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
