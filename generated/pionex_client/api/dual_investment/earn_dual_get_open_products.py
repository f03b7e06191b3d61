from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_open_products_quote import (
    EarnDualGetOpenProductsQuote,
)
from ...models.earn_dual_get_open_products_response_200 import (
    EarnDualGetOpenProductsResponse200,
)
from ...models.earn_dual_get_open_products_type import (
    EarnDualGetOpenProductsType,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    base: str,
    quote: EarnDualGetOpenProductsQuote,
    type_: EarnDualGetOpenProductsType,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base"] = base

    json_quote: str = quote
    params["quote"] = json_quote

    json_type_: str = type_
    params["type"] = json_type_

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/openProducts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetOpenProductsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetOpenProductsResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetOpenProductsResponse200 | ErrorResponse]:
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
    quote: EarnDualGetOpenProductsQuote,
    type_: EarnDualGetOpenProductsType,
    currency: str | Unset = UNSET,
) -> Response[Any | EarnDualGetOpenProductsResponse200 | ErrorResponse]:
    """Products open for investment

     The products of one pair and one type that are open now: each has a strike and an expiry.
    `DUAL_BASE` products take the base coin (their ids end in `-C-` and the currency); at expiry an
    index above the strike pays back principal and yield in the base coin, otherwise everything is
    converted at the strike into the investment currency. `DUAL_CURRENCY` products take the investment
    currency (`-P-`); an index below the strike pays back in that currency, otherwise everything is
    converted at the strike into the base coin. BTC and ETH are quoted in USDXO with USDT or USDC as the
    investment currency; every other base coin is quoted in USDT and invested in USDT.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetOpenProductsQuote):
        type_ (EarnDualGetOpenProductsType):
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetOpenProductsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        type_=type_,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetOpenProductsQuote,
    type_: EarnDualGetOpenProductsType,
    currency: str | Unset = UNSET,
) -> Any | EarnDualGetOpenProductsResponse200 | ErrorResponse | None:
    """Products open for investment

     The products of one pair and one type that are open now: each has a strike and an expiry.
    `DUAL_BASE` products take the base coin (their ids end in `-C-` and the currency); at expiry an
    index above the strike pays back principal and yield in the base coin, otherwise everything is
    converted at the strike into the investment currency. `DUAL_CURRENCY` products take the investment
    currency (`-P-`); an index below the strike pays back in that currency, otherwise everything is
    converted at the strike into the base coin. BTC and ETH are quoted in USDXO with USDT or USDC as the
    investment currency; every other base coin is quoted in USDT and invested in USDT.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetOpenProductsQuote):
        type_ (EarnDualGetOpenProductsType):
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetOpenProductsResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        base=base,
        quote=quote,
        type_=type_,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetOpenProductsQuote,
    type_: EarnDualGetOpenProductsType,
    currency: str | Unset = UNSET,
) -> Response[Any | EarnDualGetOpenProductsResponse200 | ErrorResponse]:
    """Products open for investment

     The products of one pair and one type that are open now: each has a strike and an expiry.
    `DUAL_BASE` products take the base coin (their ids end in `-C-` and the currency); at expiry an
    index above the strike pays back principal and yield in the base coin, otherwise everything is
    converted at the strike into the investment currency. `DUAL_CURRENCY` products take the investment
    currency (`-P-`); an index below the strike pays back in that currency, otherwise everything is
    converted at the strike into the base coin. BTC and ETH are quoted in USDXO with USDT or USDC as the
    investment currency; every other base coin is quoted in USDT and invested in USDT.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetOpenProductsQuote):
        type_ (EarnDualGetOpenProductsType):
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetOpenProductsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        type_=type_,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetOpenProductsQuote,
    type_: EarnDualGetOpenProductsType,
    currency: str | Unset = UNSET,
) -> Any | EarnDualGetOpenProductsResponse200 | ErrorResponse | None:
    """Products open for investment

     The products of one pair and one type that are open now: each has a strike and an expiry.
    `DUAL_BASE` products take the base coin (their ids end in `-C-` and the currency); at expiry an
    index above the strike pays back principal and yield in the base coin, otherwise everything is
    converted at the strike into the investment currency. `DUAL_CURRENCY` products take the investment
    currency (`-P-`); an index below the strike pays back in that currency, otherwise everything is
    converted at the strike into the base coin. BTC and ETH are quoted in USDXO with USDT or USDC as the
    investment currency; every other base coin is quoted in USDT and invested in USDT.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetOpenProductsQuote):
        type_ (EarnDualGetOpenProductsType):
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetOpenProductsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
            quote=quote,
            type_=type_,
            currency=currency,
        )
    ).parsed
