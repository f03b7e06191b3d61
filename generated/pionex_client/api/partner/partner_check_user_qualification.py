from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.partner_check_user_qualification_response_200 import (
    PartnerCheckUserQualificationResponse200,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    uid: str,
    bot_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uid"] = uid

    params["bot_id"] = bot_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/partner/kol/checkQualification",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PartnerCheckUserQualificationResponse200 | None:
    if response.status_code == 200:
        response_200 = PartnerCheckUserQualificationResponse200.from_dict(
            response.json()
        )

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
) -> Response[Any | ErrorResponse | PartnerCheckUserQualificationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    uid: str,
    bot_id: str,
) -> Response[Any | ErrorResponse | PartnerCheckUserQualificationResponse200]:
    """Whether a user belongs to the partner

     Tells whether the user with this UID is attached to the calling partner and qualifies under the
    named partner bot or programme.

    Args:
        uid (str):  Example: 123456789.
        bot_id (str):  Example: partner_bot_001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PartnerCheckUserQualificationResponse200]
    """

    kwargs = _get_kwargs(
        uid=uid,
        bot_id=bot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    uid: str,
    bot_id: str,
) -> Any | ErrorResponse | PartnerCheckUserQualificationResponse200 | None:
    """Whether a user belongs to the partner

     Tells whether the user with this UID is attached to the calling partner and qualifies under the
    named partner bot or programme.

    Args:
        uid (str):  Example: 123456789.
        bot_id (str):  Example: partner_bot_001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PartnerCheckUserQualificationResponse200
    """

    return sync_detailed(
        client=client,
        uid=uid,
        bot_id=bot_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    uid: str,
    bot_id: str,
) -> Response[Any | ErrorResponse | PartnerCheckUserQualificationResponse200]:
    """Whether a user belongs to the partner

     Tells whether the user with this UID is attached to the calling partner and qualifies under the
    named partner bot or programme.

    Args:
        uid (str):  Example: 123456789.
        bot_id (str):  Example: partner_bot_001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PartnerCheckUserQualificationResponse200]
    """

    kwargs = _get_kwargs(
        uid=uid,
        bot_id=bot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    uid: str,
    bot_id: str,
) -> Any | ErrorResponse | PartnerCheckUserQualificationResponse200 | None:
    """Whether a user belongs to the partner

     Tells whether the user with this UID is attached to the calling partner and qualifies under the
    named partner bot or programme.

    Args:
        uid (str):  Example: 123456789.
        bot_id (str):  Example: partner_bot_001.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PartnerCheckUserQualificationResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            uid=uid,
            bot_id=bot_id,
        )
    ).parsed
