from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.futures_get_book_ticker_response_200 import (
    FuturesGetBookTickerResponse200,
)
from ...models.futures_get_book_ticker_type import (
    FuturesGetBookTickerType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    type_: FuturesGetBookTickerType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/market/bookTicker",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FuturesGetBookTickerResponse200 | None:
    if response.status_code == 200:
        response_200 = FuturesGetBookTickerResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | FuturesGetBookTickerResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    type_: FuturesGetBookTickerType | Unset = UNSET,
) -> Response[Any | ErrorResponse | FuturesGetBookTickerResponse200]:
    """Best bid and ask (futures path)

     The best bid and ask of one pair, or of every pair of a market, at the path Pionex's futures
    documentation gives (`bookTicker`; the spot documentation's `bookTickers` is `get_book_tickers`).

    Args:
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        type_ (FuturesGetBookTickerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetBookTickerResponse200]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    type_: FuturesGetBookTickerType | Unset = UNSET,
) -> Any | ErrorResponse | FuturesGetBookTickerResponse200 | None:
    """Best bid and ask (futures path)

     The best bid and ask of one pair, or of every pair of a market, at the path Pionex's futures
    documentation gives (`bookTicker`; the spot documentation's `bookTickers` is `get_book_tickers`).

    Args:
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        type_ (FuturesGetBookTickerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetBookTickerResponse200
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    type_: FuturesGetBookTickerType | Unset = UNSET,
) -> Response[Any | ErrorResponse | FuturesGetBookTickerResponse200]:
    """Best bid and ask (futures path)

     The best bid and ask of one pair, or of every pair of a market, at the path Pionex's futures
    documentation gives (`bookTicker`; the spot documentation's `bookTickers` is `get_book_tickers`).

    Args:
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        type_ (FuturesGetBookTickerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetBookTickerResponse200]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
    type_: FuturesGetBookTickerType | Unset = UNSET,
) -> Any | ErrorResponse | FuturesGetBookTickerResponse200 | None:
    """Best bid and ask (futures path)

     The best bid and ask of one pair, or of every pair of a market, at the path Pionex's futures
    documentation gives (`bookTicker`; the spot documentation's `bookTickers` is `get_book_tickers`).

    Args:
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        type_ (FuturesGetBookTickerType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetBookTickerResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            type_=type_,
        )
    ).parsed
