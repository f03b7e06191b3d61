from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.partner_get_user_trading_volume_response_200 import (
    PartnerGetUserTradingVolumeResponse200,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    start_time: str,
    end_time: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startTime"] = start_time

    params["endTime"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/partner/kol/inviteTradeStat",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200 | None:
    if response.status_code == 200:
        response_200 = PartnerGetUserTradingVolumeResponse200.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_time: str,
    end_time: str,
) -> Response[Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200]:
    """Trading volume of the partner's users

     Spot and perpetual trading volume of each user the partner brought, over a range of whole days
    (dates written YYYY-MM-DD, both included).

    Args:
        start_time (str):  Example: 2024-01-01.
        end_time (str):  Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_time: str,
    end_time: str,
) -> Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200 | None:
    """Trading volume of the partner's users

     Spot and perpetual trading volume of each user the partner brought, over a range of whole days
    (dates written YYYY-MM-DD, both included).

    Args:
        start_time (str):  Example: 2024-01-01.
        end_time (str):  Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: str,
    end_time: str,
) -> Response[Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200]:
    """Trading volume of the partner's users

     Spot and perpetual trading volume of each user the partner brought, over a range of whole days
    (dates written YYYY-MM-DD, both included).

    Args:
        start_time (str):  Example: 2024-01-01.
        end_time (str):  Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_time: str,
    end_time: str,
) -> Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200 | None:
    """Trading volume of the partner's users

     Spot and perpetual trading volume of each user the partner brought, over a range of whole days
    (dates written YYYY-MM-DD, both included).

    Args:
        start_time (str):  Example: 2024-01-01.
        end_time (str):  Example: 2024-01-31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PartnerGetUserTradingVolumeResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
