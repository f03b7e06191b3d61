from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_index_quote import (
    EarnDualGetIndexQuote,
)
from ...models.earn_dual_get_index_response_200 import EarnDualGetIndexResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    base: str,
    quote: EarnDualGetIndexQuote,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base"] = base

    json_quote: str = quote
    params["quote"] = json_quote

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/index",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetIndexResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetIndexResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetIndexResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetIndexQuote,
) -> Response[Any | EarnDualGetIndexResponse200 | ErrorResponse]:
    """Index price of a pair

     The index price of a pair now: the price a product is settled at when it expires, against its
    strike. Both `base` and `quote` are required.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetIndexQuote):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetIndexResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetIndexQuote,
) -> Any | EarnDualGetIndexResponse200 | ErrorResponse | None:
    """Index price of a pair

     The index price of a pair now: the price a product is settled at when it expires, against its
    strike. Both `base` and `quote` are required.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetIndexQuote):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetIndexResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        base=base,
        quote=quote,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetIndexQuote,
) -> Response[Any | EarnDualGetIndexResponse200 | ErrorResponse]:
    """Index price of a pair

     The index price of a pair now: the price a product is settled at when it expires, against its
    strike. Both `base` and `quote` are required.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetIndexQuote):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetIndexResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetIndexQuote,
) -> Any | EarnDualGetIndexResponse200 | ErrorResponse | None:
    """Index price of a pair

     The index price of a pair now: the price a product is settled at when it expires, against its
    strike. Both `base` and `quote` are required.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetIndexQuote):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetIndexResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
            quote=quote,
        )
    ).parsed
