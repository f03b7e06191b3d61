from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bot_signals_get_response_200 import BotSignalsGetResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    signal_type: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["signalType"] = signal_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bot/signal/userSignal/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BotSignalsGetResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotSignalsGetResponse200.from_dict(response.json())

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
) -> Response[Any | BotSignalsGetResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    signal_type: str,
) -> Response[Any | BotSignalsGetResponse200 | ErrorResponse]:
    """Get a signal

     One of the account's own signals, with its webhook address and TradingView message template.

    Args:
        signal_type (str): A signal's identifier as its owner chose or the exchange gave it:
            printable ASCII without spaces, at most 1000 characters. Example: my_signal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotSignalsGetResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        signal_type=signal_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    signal_type: str,
) -> Any | BotSignalsGetResponse200 | ErrorResponse | None:
    """Get a signal

     One of the account's own signals, with its webhook address and TradingView message template.

    Args:
        signal_type (str): A signal's identifier as its owner chose or the exchange gave it:
            printable ASCII without spaces, at most 1000 characters. Example: my_signal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotSignalsGetResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        signal_type=signal_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    signal_type: str,
) -> Response[Any | BotSignalsGetResponse200 | ErrorResponse]:
    """Get a signal

     One of the account's own signals, with its webhook address and TradingView message template.

    Args:
        signal_type (str): A signal's identifier as its owner chose or the exchange gave it:
            printable ASCII without spaces, at most 1000 characters. Example: my_signal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BotSignalsGetResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        signal_type=signal_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    signal_type: str,
) -> Any | BotSignalsGetResponse200 | ErrorResponse | None:
    """Get a signal

     One of the account's own signals, with its webhook address and TradingView message template.

    Args:
        signal_type (str): A signal's identifier as its owner chose or the exchange gave it:
            printable ASCII without spaces, at most 1000 characters. Example: my_signal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BotSignalsGetResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            signal_type=signal_type,
        )
    ).parsed
