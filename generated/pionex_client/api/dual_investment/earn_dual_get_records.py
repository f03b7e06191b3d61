from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_records_response_200 import EarnDualGetRecordsResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    base: str,
    quote: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base"] = base

    params["quote"] = quote

    params["currency"] = currency

    params["filter"] = filter_

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetRecordsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetRecordsResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetRecordsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    base: str,
    quote: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int,
    limit: int | Unset = UNSET,
) -> Response[Any | EarnDualGetRecordsResponse200 | ErrorResponse]:
    """Investment history

     The account's investments on one base coin created up to `endTime` (required), newest first, at most
    `limit` of them; the client pages back through them by creation time.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        filter_ (str | Unset): One or more states to keep investments in, separated by commas
            without spaces: letters, digits and underscores, at most 128 characters in all (Pionex
            documents no values; the sandbox takes the record states and UNCOLLECTED). Example:
            SETTLED,REVOKED.
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int): A moment as milliseconds since the Unix epoch: a positive 64-bit integer.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetRecordsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        currency=currency,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    base: str,
    quote: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int,
    limit: int | Unset = UNSET,
) -> Any | EarnDualGetRecordsResponse200 | ErrorResponse | None:
    """Investment history

     The account's investments on one base coin created up to `endTime` (required), newest first, at most
    `limit` of them; the client pages back through them by creation time.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        filter_ (str | Unset): One or more states to keep investments in, separated by commas
            without spaces: letters, digits and underscores, at most 128 characters in all (Pionex
            documents no values; the sandbox takes the record states and UNCOLLECTED). Example:
            SETTLED,REVOKED.
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int): A moment as milliseconds since the Unix epoch: a positive 64-bit integer.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetRecordsResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        base=base,
        quote=quote,
        currency=currency,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    base: str,
    quote: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int,
    limit: int | Unset = UNSET,
) -> Response[Any | EarnDualGetRecordsResponse200 | ErrorResponse]:
    """Investment history

     The account's investments on one base coin created up to `endTime` (required), newest first, at most
    `limit` of them; the client pages back through them by creation time.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        filter_ (str | Unset): One or more states to keep investments in, separated by commas
            without spaces: letters, digits and underscores, at most 128 characters in all (Pionex
            documents no values; the sandbox takes the record states and UNCOLLECTED). Example:
            SETTLED,REVOKED.
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int): A moment as milliseconds since the Unix epoch: a positive 64-bit integer.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetRecordsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
        quote=quote,
        currency=currency,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    base: str,
    quote: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int,
    limit: int | Unset = UNSET,
) -> Any | EarnDualGetRecordsResponse200 | ErrorResponse | None:
    """Investment history

     The account's investments on one base coin created up to `endTime` (required), newest first, at most
    `limit` of them; the client pages back through them by creation time.

    Args:
        base (str): A coin's ticker: upper-case ASCII letters and digits, 1 to 32 characters
            (USDT, BTC). Example: USDT.
        quote (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        currency (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.
        filter_ (str | Unset): One or more states to keep investments in, separated by commas
            without spaces: letters, digits and underscores, at most 128 characters in all (Pionex
            documents no values; the sandbox takes the record states and UNCOLLECTED). Example:
            SETTLED,REVOKED.
        start_time (int | Unset): A moment as milliseconds since the Unix epoch: a positive 64-bit
            integer.
        end_time (int): A moment as milliseconds since the Unix epoch: a positive 64-bit integer.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetRecordsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
            quote=quote,
            currency=currency,
            filter_=filter_,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )
    ).parsed
