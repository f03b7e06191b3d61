from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.wallet_get_balances_full_response_200 import (
    WalletGetBalancesFullResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_lang: str | Unset = UNSET,
    sys_lang: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appLang"] = app_lang

    params["sysLang"] = sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/wallet/balancesFull",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | WalletGetBalancesFullResponse200 | None:
    if response.status_code == 200:
        response_200 = WalletGetBalancesFullResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | WalletGetBalancesFullResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_lang: str | Unset = UNSET,
    sys_lang: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | WalletGetBalancesFullResponse200]:
    """Every account's balances with prices and totals

     One overview of the account: the spot side (free coins and what bots hold) and the futures side
    (wallet and positions), the price of every coin held in USD and BTC, and the totals valued in USDT
    and BTC.

    Args:
        app_lang (str | Unset):  Example: en.
        sys_lang (str | Unset):  Example: zh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | WalletGetBalancesFullResponse200]
    """

    kwargs = _get_kwargs(
        app_lang=app_lang,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    app_lang: str | Unset = UNSET,
    sys_lang: str | Unset = UNSET,
) -> Any | ErrorResponse | WalletGetBalancesFullResponse200 | None:
    """Every account's balances with prices and totals

     One overview of the account: the spot side (free coins and what bots hold) and the futures side
    (wallet and positions), the price of every coin held in USD and BTC, and the totals valued in USDT
    and BTC.

    Args:
        app_lang (str | Unset):  Example: en.
        sys_lang (str | Unset):  Example: zh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | WalletGetBalancesFullResponse200
    """

    return sync_detailed(
        client=client,
        app_lang=app_lang,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_lang: str | Unset = UNSET,
    sys_lang: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | WalletGetBalancesFullResponse200]:
    """Every account's balances with prices and totals

     One overview of the account: the spot side (free coins and what bots hold) and the futures side
    (wallet and positions), the price of every coin held in USD and BTC, and the totals valued in USDT
    and BTC.

    Args:
        app_lang (str | Unset):  Example: en.
        sys_lang (str | Unset):  Example: zh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | WalletGetBalancesFullResponse200]
    """

    kwargs = _get_kwargs(
        app_lang=app_lang,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_lang: str | Unset = UNSET,
    sys_lang: str | Unset = UNSET,
) -> Any | ErrorResponse | WalletGetBalancesFullResponse200 | None:
    """Every account's balances with prices and totals

     One overview of the account: the spot side (free coins and what bots hold) and the futures side
    (wallet and positions), the price of every coin held in USD and BTC, and the totals valued in USDT
    and BTC.

    Args:
        app_lang (str | Unset):  Example: en.
        sys_lang (str | Unset):  Example: zh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | WalletGetBalancesFullResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            app_lang=app_lang,
            sys_lang=sys_lang,
        )
    ).parsed
