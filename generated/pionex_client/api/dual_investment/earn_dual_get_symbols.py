from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_symbols_response_200 import EarnDualGetSymbolsResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    base: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base"] = base

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/symbols",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetSymbolsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetSymbolsResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetSymbolsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
) -> Response[Any | EarnDualGetSymbolsResponse200 | ErrorResponse]:
    """Pairs dual investment is offered on

     Every pair dual investment is offered on, with the coin one invests in on each side and the least
    and most one may invest and to how many decimal places; only those of one base coin when `base` is
    given. Quotes are USDT, USDC, USD or USDXO.

    Args:
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetSymbolsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
) -> Any | EarnDualGetSymbolsResponse200 | ErrorResponse | None:
    """Pairs dual investment is offered on

     Every pair dual investment is offered on, with the coin one invests in on each side and the least
    and most one may invest and to how many decimal places; only those of one base coin when `base` is
    given. Quotes are USDT, USDC, USD or USDXO.

    Args:
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetSymbolsResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        base=base,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
) -> Response[Any | EarnDualGetSymbolsResponse200 | ErrorResponse]:
    """Pairs dual investment is offered on

     Every pair dual investment is offered on, with the coin one invests in on each side and the least
    and most one may invest and to how many decimal places; only those of one base coin when `base` is
    given. Quotes are USDT, USDC, USD or USDXO.

    Args:
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetSymbolsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        base=base,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
) -> Any | EarnDualGetSymbolsResponse200 | ErrorResponse | None:
    """Pairs dual investment is offered on

     Every pair dual investment is offered on, with the coin one invests in on each side and the least
    and most one may invest and to how many decimal places; only those of one base coin when `base` is
    given. Quotes are USDT, USDC, USD or USDXO.

    Args:
        base (str | Unset): A coin's ticker: upper-case ASCII letters and digits, 1 to 32
            characters (USDT, BTC). Example: USDT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetSymbolsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
        )
    ).parsed
