from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.futures_get_funding_rates_response_200 import (
    FuturesGetFundingRatesResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["endTime"] = end_time

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/market/fundingRates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FuturesGetFundingRatesResponse200 | None:
    if response.status_code == 200:
        response_200 = FuturesGetFundingRatesResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | FuturesGetFundingRatesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 1,
) -> Response[Any | ErrorResponse | FuturesGetFundingRatesResponse200]:
    """Past funding rates

     Funding rates applied to one perpetual pair, most recent first.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetFundingRatesResponse200]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        end_time=end_time,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 1,
) -> Any | ErrorResponse | FuturesGetFundingRatesResponse200 | None:
    """Past funding rates

     Funding rates applied to one perpetual pair, most recent first.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetFundingRatesResponse200
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        end_time=end_time,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 1,
) -> Response[Any | ErrorResponse | FuturesGetFundingRatesResponse200]:
    """Past funding rates

     Funding rates applied to one perpetual pair, most recent first.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FuturesGetFundingRatesResponse200]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        end_time=end_time,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 1,
) -> Any | ErrorResponse | FuturesGetFundingRatesResponse200 | None:
    """Past funding rates

     Funding rates applied to one perpetual pair, most recent first.

    Args:
        symbol (str): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        limit (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FuturesGetFundingRatesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            end_time=end_time,
            limit=limit,
        )
    ).parsed
