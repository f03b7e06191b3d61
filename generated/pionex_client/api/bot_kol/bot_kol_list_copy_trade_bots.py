from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bot_kol_list_copy_trade_bots_bu_order_type import (
    BotKolListCopyTradeBotsBuOrderType,
)
from ...models.bot_kol_list_copy_trade_bots_direction import (
    BotKolListCopyTradeBotsDirection,
)
from ...models.bot_kol_list_copy_trade_bots_response_200 import (
    BotKolListCopyTradeBotsResponse200,
)
from ...models.bot_kol_list_copy_trade_bots_trend import (
    BotKolListCopyTradeBotsTrend,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    share_code: str,
    bu_order_type: BotKolListCopyTradeBotsBuOrderType,
    symbol: str | Unset = UNSET,
    trend: BotKolListCopyTradeBotsTrend | Unset = UNSET,
    leverage: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: BotKolListCopyTradeBotsDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["shareCode"] = share_code

    json_bu_order_type: str = bu_order_type
    params["buOrderType"] = json_bu_order_type

    params["symbol"] = symbol

    json_trend: str | Unset = UNSET
    if not isinstance(trend, Unset):
        json_trend = trend

    params["trend"] = json_trend

    params["leverage"] = leverage

    params["pageToken"] = page_token

    params["sort"] = sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bot/kol/selectCopyTradeList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotKolListCopyTradeBotsResponse200.from_dict(response.json())

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
) -> Response[Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    share_code: str,
    bu_order_type: BotKolListCopyTradeBotsBuOrderType,
    symbol: str | Unset = UNSET,
    trend: BotKolListCopyTradeBotsTrend | Unset = UNSET,
    leverage: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: BotKolListCopyTradeBotsDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse]:
    """List a provider's curated bots

     The bots a signal provider (KOL), named by share code, has picked for others to copy, pinned ones
    apart, with the provider's profile and the filters available; optionally narrowed by pair, direction
    and leverage, sorted and paged.

    Args:
        share_code (str): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        bu_order_type (BotKolListCopyTradeBotsBuOrderType):
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        trend (BotKolListCopyTradeBotsTrend | Unset):
        leverage (int | Unset):
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        sort (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        direction (BotKolListCopyTradeBotsDirection | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        share_code=share_code,
        bu_order_type=bu_order_type,
        symbol=symbol,
        trend=trend,
        leverage=leverage,
        page_token=page_token,
        sort=sort,
        direction=direction,
        limit=limit,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    share_code: str,
    bu_order_type: BotKolListCopyTradeBotsBuOrderType,
    symbol: str | Unset = UNSET,
    trend: BotKolListCopyTradeBotsTrend | Unset = UNSET,
    leverage: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: BotKolListCopyTradeBotsDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse | None:
    """List a provider's curated bots

     The bots a signal provider (KOL), named by share code, has picked for others to copy, pinned ones
    apart, with the provider's profile and the filters available; optionally narrowed by pair, direction
    and leverage, sorted and paged.

    Args:
        share_code (str): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        bu_order_type (BotKolListCopyTradeBotsBuOrderType):
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        trend (BotKolListCopyTradeBotsTrend | Unset):
        leverage (int | Unset):
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        sort (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        direction (BotKolListCopyTradeBotsDirection | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        share_code=share_code,
        bu_order_type=bu_order_type,
        symbol=symbol,
        trend=trend,
        leverage=leverage,
        page_token=page_token,
        sort=sort,
        direction=direction,
        limit=limit,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    share_code: str,
    bu_order_type: BotKolListCopyTradeBotsBuOrderType,
    symbol: str | Unset = UNSET,
    trend: BotKolListCopyTradeBotsTrend | Unset = UNSET,
    leverage: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: BotKolListCopyTradeBotsDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse]:
    """List a provider's curated bots

     The bots a signal provider (KOL), named by share code, has picked for others to copy, pinned ones
    apart, with the provider's profile and the filters available; optionally narrowed by pair, direction
    and leverage, sorted and paged.

    Args:
        share_code (str): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        bu_order_type (BotKolListCopyTradeBotsBuOrderType):
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        trend (BotKolListCopyTradeBotsTrend | Unset):
        leverage (int | Unset):
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        sort (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        direction (BotKolListCopyTradeBotsDirection | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        share_code=share_code,
        bu_order_type=bu_order_type,
        symbol=symbol,
        trend=trend,
        leverage=leverage,
        page_token=page_token,
        sort=sort,
        direction=direction,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    share_code: str,
    bu_order_type: BotKolListCopyTradeBotsBuOrderType,
    symbol: str | Unset = UNSET,
    trend: BotKolListCopyTradeBotsTrend | Unset = UNSET,
    leverage: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: BotKolListCopyTradeBotsDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse | None:
    """List a provider's curated bots

     The bots a signal provider (KOL), named by share code, has picked for others to copy, pinned ones
    apart, with the provider's profile and the filters available; optionally narrowed by pair, direction
    and leverage, sorted and paged.

    Args:
        share_code (str): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        bu_order_type (BotKolListCopyTradeBotsBuOrderType):
        symbol (str | Unset): A trading pair: upper-case letters and digits in parts joined by
            underscores, base coin first, then the quote coin, then PERP for a perpetual contract
            (BTC_USDT, BTC_USDT_PERP). At most 64 characters. Example: BTC_USDT.
        trend (BotKolListCopyTradeBotsTrend | Unset):
        leverage (int | Unset):
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.
        sort (str | Unset): A short code or identifier Pionex gives no format for (a copy type, a
            share code, a bonus id, an indicator's name): the client takes 1 to 64 ASCII letters,
            digits and _ . : -. Example: sma.
        direction (BotKolListCopyTradeBotsDirection | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotKolListCopyTradeBotsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            share_code=share_code,
            bu_order_type=bu_order_type,
            symbol=symbol,
            trend=trend,
            leverage=leverage,
            page_token=page_token,
            sort=sort,
            direction=direction,
            limit=limit,
            page=page,
        )
    ).parsed
