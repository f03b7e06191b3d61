from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_delivery_prices_quote import (
    EarnDualGetDeliveryPricesQuote,
)
from ...models.earn_dual_get_delivery_prices_response_200 import (
    EarnDualGetDeliveryPricesResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    base: str,
    quote: EarnDualGetDeliveryPricesQuote | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base"] = base

    json_quote: str | Unset = UNSET
    if not isinstance(quote, Unset):
        json_quote = quote

    params["quote"] = json_quote

    params["startTime"] = start_time

    params["endTime"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/deliveryPrices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetDeliveryPricesResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse]:
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
    quote: EarnDualGetDeliveryPricesQuote | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse]:
    """Past delivery prices of a pair

     The index price recorded at each past expiry of a pair (the delivery price its products were settled
    at), optionally within a time window.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetDeliveryPricesQuote | Unset):
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetDeliveryPricesQuote | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse | None:
    """Past delivery prices of a pair

     The index price recorded at each past expiry of a pair (the delivery price its products were settled
    at), optionally within a time window.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetDeliveryPricesQuote | Unset):
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        base=base,
        quote=quote,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetDeliveryPricesQuote | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse]:
    """Past delivery prices of a pair

     The index price recorded at each past expiry of a pair (the delivery price its products were settled
    at), optionally within a time window.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetDeliveryPricesQuote | Unset):
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    base: str,
    quote: EarnDualGetDeliveryPricesQuote | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse | None:
    """Past delivery prices of a pair

     The index price recorded at each past expiry of a pair (the delivery price its products were settled
    at), optionally within a time window.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (EarnDualGetDeliveryPricesQuote | Unset):
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetDeliveryPricesResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
            quote=quote,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
