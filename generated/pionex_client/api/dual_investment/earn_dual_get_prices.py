from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_prices_quote import (
    EarnDualGetPricesQuote,
)
from ...models.earn_dual_get_prices_response_200 import EarnDualGetPricesResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    base: str,
    quote: EarnDualGetPricesQuote,
    product_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base"] = base

    json_quote: str = quote
    params["quote"] = json_quote

    params["productIds"] = product_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/prices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetPricesResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetPricesResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetPricesResponse200 | ErrorResponse]:
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
    quote: EarnDualGetPricesQuote,
    product_ids: str,
) -> Response[Any | EarnDualGetPricesResponse200 | ErrorResponse]:
    """Current yield of products

     Whether each product can be invested in now and at which annualised yield. Read it just before
    investing: `earnDualInvest` takes the `profit` given here, unchanged, and is refused when it no
    longer matches. `base`, `quote` and `productIds` are all required. A product that cannot be invested
    in may come back with `profit` and `baseSize` empty and `updateTime` 0; the client reads such empty
    values as absent.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetPricesQuote):
        product_ids (str): One or more product ids, each a DualProductId, separated by commas
            without spaces; at most 2048 characters. Pionex types it as one comma-separated string, as
            this spec does. Example: ETH-USDXO-260410-3000-C-USDT,ETH-USDXO-260410-2900-C-USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetPricesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        product_ids=product_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetPricesQuote,
    product_ids: str,
) -> Any | EarnDualGetPricesResponse200 | ErrorResponse | None:
    """Current yield of products

     Whether each product can be invested in now and at which annualised yield. Read it just before
    investing: `earnDualInvest` takes the `profit` given here, unchanged, and is refused when it no
    longer matches. `base`, `quote` and `productIds` are all required. A product that cannot be invested
    in may come back with `profit` and `baseSize` empty and `updateTime` 0; the client reads such empty
    values as absent.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetPricesQuote):
        product_ids (str): One or more product ids, each a DualProductId, separated by commas
            without spaces; at most 2048 characters. Pionex types it as one comma-separated string, as
            this spec does. Example: ETH-USDXO-260410-3000-C-USDT,ETH-USDXO-260410-2900-C-USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetPricesResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        base=base,
        quote=quote,
        product_ids=product_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetPricesQuote,
    product_ids: str,
) -> Response[Any | EarnDualGetPricesResponse200 | ErrorResponse]:
    """Current yield of products

     Whether each product can be invested in now and at which annualised yield. Read it just before
    investing: `earnDualInvest` takes the `profit` given here, unchanged, and is refused when it no
    longer matches. `base`, `quote` and `productIds` are all required. A product that cannot be invested
    in may come back with `profit` and `baseSize` empty and `updateTime` 0; the client reads such empty
    values as absent.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetPricesQuote):
        product_ids (str): One or more product ids, each a DualProductId, separated by commas
            without spaces; at most 2048 characters. Pionex types it as one comma-separated string, as
            this spec does. Example: ETH-USDXO-260410-3000-C-USDT,ETH-USDXO-260410-2900-C-USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetPricesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        product_ids=product_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetPricesQuote,
    product_ids: str,
) -> Any | EarnDualGetPricesResponse200 | ErrorResponse | None:
    """Current yield of products

     Whether each product can be invested in now and at which annualised yield. Read it just before
    investing: `earnDualInvest` takes the `profit` given here, unchanged, and is refused when it no
    longer matches. `base`, `quote` and `productIds` are all required. A product that cannot be invested
    in may come back with `profit` and `baseSize` empty and `updateTime` 0; the client reads such empty
    values as absent.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetPricesQuote):
        product_ids (str): One or more product ids, each a DualProductId, separated by commas
            without spaces; at most 2048 characters. Pionex types it as one comma-separated string, as
            this spec does. Example: ETH-USDXO-260410-3000-C-USDT,ETH-USDXO-260410-2900-C-USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetPricesResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
            quote=quote,
            product_ids=product_ids,
        )
    ).parsed
