from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dual_invest_request import DualInvestRequest
from ...models.earn_dual_invest_response_200 import EarnDualInvestResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DualInvestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/earn/dual/invest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EarnDualInvestResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EarnDualInvestResponse200.from_dict(response.json())

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
) -> Response[Any | EarnDualInvestResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DualInvestRequest,
) -> Response[Any | EarnDualInvestResponse200 | ErrorResponse]:
    """Invest in a product

     Invests in one product at the yield just read from `earnDualGetPrices` (`profit`, passed back
    exactly as read; a stale or different one is refused). Give the amount either in the base coin
    (`baseAmount`) or in the investment currency (`currencyAmount`), exactly one of them. The client
    always sends a `clientDualId` (one is generated when none is given), by which a lost reply is looked
    up with `earnDualGetInvests`, so an investment is never made twice.

    Args:
        body (DualInvestRequest): An investment in one product. Pionex's file marks only `base` as
            required; this spec also requires `productId` and `profit` (the exchange can do nothing
            without them) and takes `clientDualId` as optional, generating one when it is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualInvestResponse200 | ErrorResponse]
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
    body: DualInvestRequest,
) -> Any | EarnDualInvestResponse200 | ErrorResponse | None:
    """Invest in a product

     Invests in one product at the yield just read from `earnDualGetPrices` (`profit`, passed back
    exactly as read; a stale or different one is refused). Give the amount either in the base coin
    (`baseAmount`) or in the investment currency (`currencyAmount`), exactly one of them. The client
    always sends a `clientDualId` (one is generated when none is given), by which a lost reply is looked
    up with `earnDualGetInvests`, so an investment is never made twice.

    Args:
        body (DualInvestRequest): An investment in one product. Pionex's file marks only `base` as
            required; this spec also requires `productId` and `profit` (the exchange can do nothing
            without them) and takes `clientDualId` as optional, generating one when it is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualInvestResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DualInvestRequest,
) -> Response[Any | EarnDualInvestResponse200 | ErrorResponse]:
    """Invest in a product

     Invests in one product at the yield just read from `earnDualGetPrices` (`profit`, passed back
    exactly as read; a stale or different one is refused). Give the amount either in the base coin
    (`baseAmount`) or in the investment currency (`currencyAmount`), exactly one of them. The client
    always sends a `clientDualId` (one is generated when none is given), by which a lost reply is looked
    up with `earnDualGetInvests`, so an investment is never made twice.

    Args:
        body (DualInvestRequest): An investment in one product. Pionex's file marks only `base` as
            required; this spec also requires `productId` and `profit` (the exchange can do nothing
            without them) and takes `clientDualId` as optional, generating one when it is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EarnDualInvestResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DualInvestRequest,
) -> Any | EarnDualInvestResponse200 | ErrorResponse | None:
    """Invest in a product

     Invests in one product at the yield just read from `earnDualGetPrices` (`profit`, passed back
    exactly as read; a stale or different one is refused). Give the amount either in the base coin
    (`baseAmount`) or in the investment currency (`currencyAmount`), exactly one of them. The client
    always sends a `clientDualId` (one is generated when none is given), by which a lost reply is looked
    up with `earnDualGetInvests`, so an investment is never made twice.

    Args:
        body (DualInvestRequest): An investment in one product. Pionex's file marks only `base` as
            required; this spec also requires `productId` and `profit` (the exchange can do nothing
            without them) and takes `clientDualId` as optional, generating one when it is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EarnDualInvestResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
