from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inst_fund_get_fee_direction import (
    InstFundGetFeeDirection,
)
from ...models.inst_fund_get_fee_response_200 import InstFundGetFeeResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel: str | Unset = UNSET,
    amount: str,
    direction: InstFundGetFeeDirection | Unset = "withdraw",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel"] = channel

    params["amount"] = amount

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/instFund/common/getFee",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | InstFundGetFeeResponse200 | None:
    if response.status_code == 200:
        response_200 = InstFundGetFeeResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | InstFundGetFeeResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
    amount: str,
    direction: InstFundGetFeeDirection | Unset = "withdraw",
) -> Response[Any | ErrorResponse | InstFundGetFeeResponse200]:
    """Fee of a fiat withdrawal

     What a withdrawal of this total amount would cost and what would reach the bank account. Only the
    withdrawal direction exists so far.

    Args:
        channel (str | Unset):
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally
            a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most
            30 digits before the point and 15 after it. Pionex keeps balances to 8 decimal places and
            each pair states its own precision; the only limit it states for a number's decimal part
            is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        direction (InstFundGetFeeDirection | Unset):  Default: 'withdraw'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | InstFundGetFeeResponse200]
    """

    kwargs = _get_kwargs(
        channel=channel,
        amount=amount,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
    amount: str,
    direction: InstFundGetFeeDirection | Unset = "withdraw",
) -> Any | ErrorResponse | InstFundGetFeeResponse200 | None:
    """Fee of a fiat withdrawal

     What a withdrawal of this total amount would cost and what would reach the bank account. Only the
    withdrawal direction exists so far.

    Args:
        channel (str | Unset):
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally
            a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most
            30 digits before the point and 15 after it. Pionex keeps balances to 8 decimal places and
            each pair states its own precision; the only limit it states for a number's decimal part
            is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        direction (InstFundGetFeeDirection | Unset):  Default: 'withdraw'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | InstFundGetFeeResponse200
    """

    return sync_detailed(
        client=client,
        channel=channel,
        amount=amount,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
    amount: str,
    direction: InstFundGetFeeDirection | Unset = "withdraw",
) -> Response[Any | ErrorResponse | InstFundGetFeeResponse200]:
    """Fee of a fiat withdrawal

     What a withdrawal of this total amount would cost and what would reach the bank account. Only the
    withdrawal direction exists so far.

    Args:
        channel (str | Unset):
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally
            a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most
            30 digits before the point and 15 after it. Pionex keeps balances to 8 decimal places and
            each pair states its own precision; the only limit it states for a number's decimal part
            is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        direction (InstFundGetFeeDirection | Unset):  Default: 'withdraw'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | InstFundGetFeeResponse200]
    """

    kwargs = _get_kwargs(
        channel=channel,
        amount=amount,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
    amount: str,
    direction: InstFundGetFeeDirection | Unset = "withdraw",
) -> Any | ErrorResponse | InstFundGetFeeResponse200 | None:
    """Fee of a fiat withdrawal

     What a withdrawal of this total amount would cost and what would reach the bank account. Only the
    withdrawal direction exists so far.

    Args:
        channel (str | Unset):
        amount (str): An exact positive amount in plain decimal notation: digits, then optionally
            a point and more digits (20000, 0.001); no sign, exponent, spaces or separators, at most
            30 digits before the point and 15 after it. Pionex keeps balances to 8 decimal places and
            each pair states its own precision; the only limit it states for a number's decimal part
            is 15 digits (its bot API refuses a longer one), so 15 is the most any amount may have,
            whatever the pair. Example: 0.001.
        direction (InstFundGetFeeDirection | Unset):  Default: 'withdraw'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | InstFundGetFeeResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            channel=channel,
            amount=amount,
            direction=direction,
        )
    ).parsed
