from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_arbitrage_get_balances_response_200 import (
    EarnArbitrageGetBalancesResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/arbitrage/fetchUserBalances",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnArbitrageGetBalancesResponse200.from_dict(response.json())

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
) -> Response[Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse]:
    """The account's term-arbitrage stakes

     What the account has staked in term arbitrage: one line per stake still earning, with its principal,
    the interest it has accrued and its term. Pionex passes this reply through from its arbitrage
    service without documenting its fields; the fields named here are the project's choice (what the
    sandbox sends), and a reply with other fields still decodes (unknown fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse | None:
    """The account's term-arbitrage stakes

     What the account has staked in term arbitrage: one line per stake still earning, with its principal,
    the interest it has accrued and its term. Pionex passes this reply through from its arbitrage
    service without documenting its fields; the fields named here are the project's choice (what the
    sandbox sends), and a reply with other fields still decodes (unknown fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse]:
    """The account's term-arbitrage stakes

     What the account has staked in term arbitrage: one line per stake still earning, with its principal,
    the interest it has accrued and its term. Pionex passes this reply through from its arbitrage
    service without documenting its fields; the fields named here are the project's choice (what the
    sandbox sends), and a reply with other fields still decodes (unknown fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse | None:
    """The account's term-arbitrage stakes

     What the account has staked in term arbitrage: one line per stake still earning, with its principal,
    the interest it has accrued and its term. Pionex passes this reply through from its arbitrage
    service without documenting its fields; the fields named here are the project's choice (what the
    sandbox sends), and a reply with other fields still decodes (unknown fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnArbitrageGetBalancesResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
