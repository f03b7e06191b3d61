from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bot_signals_list_response_200 import BotSignalsListResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bot/signal/userSignal",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BotSignalsListResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotSignalsListResponse200.from_dict(response.json())

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
) -> Response[Any | BotSignalsListResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
) -> Response[Any | BotSignalsListResponse200 | ErrorResponse]:
    """List the account's signals

     The account's own signals, one page at a time; `pageToken` in the reply fetches the next page and is
    empty on the last.

    Args:
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotSignalsListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
) -> Any | BotSignalsListResponse200 | ErrorResponse | None:
    """List the account's signals

     The account's own signals, one page at a time; `pageToken` in the reply fetches the next page and is
    empty on the last.

    Args:
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotSignalsListResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
) -> Response[Any | BotSignalsListResponse200 | ErrorResponse]:
    """List the account's signals

     The account's own signals, one page at a time; `pageToken` in the reply fetches the next page and is
    empty on the last.

    Args:
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotSignalsListResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
) -> Any | BotSignalsListResponse200 | ErrorResponse | None:
    """List the account's signals

     The account's own signals, one page at a time; `pageToken` in the reply fetches the next page and is
    empty on the last.

    Args:
        page_token (str | Unset): A page token exactly as a previous reply gave it (base64-like
            text, at most 1024 characters). Example: eyJuZXh0IjoxMH0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotSignalsListResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_token=page_token,
        )
    ).parsed
