from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earn_dual_get_balances_response_200 import EarnDualGetBalancesResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merge: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["merge"] = merge

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/earn/dual/balances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualGetBalancesResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualGetBalancesResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualGetBalancesResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    merge: bool | Unset = UNSET,
) -> Response[Any | EarnDualGetBalancesResponse200 | ErrorResponse]:
    """Dual investment balances

     What the account holds in dual investment, per base coin and coin: free (settled, not yet collected)
    and frozen (in running investments).

    Args:
        merge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetBalancesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merge=merge,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    merge: bool | Unset = UNSET,
) -> Any | EarnDualGetBalancesResponse200 | ErrorResponse | None:
    """Dual investment balances

     What the account holds in dual investment, per base coin and coin: free (settled, not yet collected)
    and frozen (in running investments).

    Args:
        merge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetBalancesResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        merge=merge,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merge: bool | Unset = UNSET,
) -> Response[Any | EarnDualGetBalancesResponse200 | ErrorResponse]:
    """Dual investment balances

     What the account holds in dual investment, per base coin and coin: free (settled, not yet collected)
    and frozen (in running investments).

    Args:
        merge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualGetBalancesResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merge=merge,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    merge: bool | Unset = UNSET,
) -> Any | EarnDualGetBalancesResponse200 | ErrorResponse | None:
    """Dual investment balances

     What the account holds in dual investment, per base coin and coin: free (settled, not yet collected)
    and frozen (in running investments).

    Args:
        merge (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualGetBalancesResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merge=merge,
        )
    ).parsed
