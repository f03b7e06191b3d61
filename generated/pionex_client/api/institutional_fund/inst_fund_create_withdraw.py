from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inst_fund_create_withdraw_body import InstFundCreateWithdrawBody
from ...models.inst_fund_create_withdraw_response_200 import (
    InstFundCreateWithdrawResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: InstFundCreateWithdrawBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/instFund/straitsx/createWithdraw",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | InstFundCreateWithdrawResponse200 | None:
    if response.status_code == 200:
        response_200 = InstFundCreateWithdrawResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | InstFundCreateWithdrawResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InstFundCreateWithdrawBody,
) -> Response[Any | ErrorResponse | InstFundCreateWithdrawResponse200]:
    """Withdraw fiat to a bound bank account

     Sends money out of the exchange to one of the bound withdraw accounts. The amount leaves the spot
    account at once; the fee (see getFee) is taken from it and the rest reaches the bank account.

    Args:
        body (InstFundCreateWithdrawBody): The withdrawal: which bound account, how much, and
            optionally the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | InstFundCreateWithdrawResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InstFundCreateWithdrawBody,
) -> Any | ErrorResponse | InstFundCreateWithdrawResponse200 | None:
    """Withdraw fiat to a bound bank account

     Sends money out of the exchange to one of the bound withdraw accounts. The amount leaves the spot
    account at once; the fee (see getFee) is taken from it and the rest reaches the bank account.

    Args:
        body (InstFundCreateWithdrawBody): The withdrawal: which bound account, how much, and
            optionally the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | InstFundCreateWithdrawResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InstFundCreateWithdrawBody,
) -> Response[Any | ErrorResponse | InstFundCreateWithdrawResponse200]:
    """Withdraw fiat to a bound bank account

     Sends money out of the exchange to one of the bound withdraw accounts. The amount leaves the spot
    account at once; the fee (see getFee) is taken from it and the rest reaches the bank account.

    Args:
        body (InstFundCreateWithdrawBody): The withdrawal: which bound account, how much, and
            optionally the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | InstFundCreateWithdrawResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InstFundCreateWithdrawBody,
) -> Any | ErrorResponse | InstFundCreateWithdrawResponse200 | None:
    """Withdraw fiat to a bound bank account

     Sends money out of the exchange to one of the bound withdraw accounts. The amount leaves the spot
    account at once; the fee (see getFee) is taken from it and the rest reaches the bank account.

    Args:
        body (InstFundCreateWithdrawBody): The withdrawal: which bound account, how much, and
            optionally the channel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | InstFundCreateWithdrawResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
