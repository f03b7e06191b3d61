"""Contains all the data models used in inputs/outputs"""

# openapi/templates/models_init.py.jinja: each model is imported when first asked for (PEP 562),
# so that an API module importing one model does not import all of them.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_detail import AccountDetail
    from .account_detail_balance import AccountDetailBalance
    from .account_detail_position import AccountDetailPosition
    from .account_detail_position_balance import AccountDetailPositionBalance
    from .account_detail_position_isolated_mode import AccountDetailPositionIsolatedMode
    from .account_detail_position_position_side import AccountDetailPositionPositionSide
    from .balance import Balance
    from .balance_list import BalanceList
    from .base_response import BaseResponse
    from .book_ticker import BookTicker
    from .book_tickers import BookTickers
    from .cancel_all_orders_body import CancelAllOrdersBody
    from .cancel_order_body import CancelOrderBody
    from .error_response import ErrorResponse
    from .error_response_code import ErrorResponseCode
    from .fill import Fill
    from .fill_list import FillList
    from .fill_role import FillRole
    from .fill_side import FillSide
    from .funding_fee import FundingFee
    from .funding_fee_isolated_mode import FundingFeeIsolatedMode
    from .funding_fee_list import FundingFeeList
    from .funding_rate import FundingRate
    from .funding_rate_list import FundingRateList
    from .futures_balance import FuturesBalance
    from .futures_balance_list import FuturesBalanceList
    from .futures_batch_place_orders_body import FuturesBatchPlaceOrdersBody
    from .futures_batch_place_orders_response_200 import (
        FuturesBatchPlaceOrdersResponse200,
    )
    from .futures_cancel_all_orders_body import FuturesCancelAllOrdersBody
    from .futures_cancel_order_body import FuturesCancelOrderBody
    from .futures_create_transfer_body import FuturesCreateTransferBody
    from .futures_create_transfer_body_from_account import (
        FuturesCreateTransferBodyFromAccount,
    )
    from .futures_create_transfer_body_to_account import (
        FuturesCreateTransferBodyToAccount,
    )
    from .futures_create_transfer_response_200 import FuturesCreateTransferResponse200
    from .futures_fill import FuturesFill
    from .futures_fill_fee_type import FuturesFillFeeType
    from .futures_fill_list import FuturesFillList
    from .futures_fill_role import FuturesFillRole
    from .futures_fill_side import FuturesFillSide
    from .futures_get_account_balances_response_200 import (
        FuturesGetAccountBalancesResponse200,
    )
    from .futures_get_account_detail_response_200 import (
        FuturesGetAccountDetailResponse200,
    )
    from .futures_get_book_ticker_response_200 import FuturesGetBookTickerResponse200
    from .futures_get_book_ticker_type import FuturesGetBookTickerType
    from .futures_get_fills_by_order_id_response_200 import (
        FuturesGetFillsByOrderIdResponse200,
    )
    from .futures_get_fills_response_200 import FuturesGetFillsResponse200
    from .futures_get_funding_fees_response_200 import FuturesGetFundingFeesResponse200
    from .futures_get_funding_rates_response_200 import (
        FuturesGetFundingRatesResponse200,
    )
    from .futures_get_history_orders_response_200 import (
        FuturesGetHistoryOrdersResponse200,
    )
    from .futures_get_history_positions_position_flag import (
        FuturesGetHistoryPositionsPositionFlag,
    )
    from .futures_get_history_positions_response_200 import (
        FuturesGetHistoryPositionsResponse200,
    )
    from .futures_get_index_klines_interval import FuturesGetIndexKlinesInterval
    from .futures_get_index_klines_response_200 import FuturesGetIndexKlinesResponse200
    from .futures_get_indexes_response_200 import FuturesGetIndexesResponse200
    from .futures_get_isolated_mode_response_200 import (
        FuturesGetIsolatedModeResponse200,
    )
    from .futures_get_leverage_response_200 import FuturesGetLeverageResponse200
    from .futures_get_mark_klines_interval import FuturesGetMarkKlinesInterval
    from .futures_get_mark_klines_response_200 import FuturesGetMarkKlinesResponse200
    from .futures_get_open_interests_response_200 import (
        FuturesGetOpenInterestsResponse200,
    )
    from .futures_get_open_orders_response_200 import FuturesGetOpenOrdersResponse200
    from .futures_get_order_by_client_order_id_response_200 import (
        FuturesGetOrderByClientOrderIdResponse200,
    )
    from .futures_get_order_response_200 import FuturesGetOrderResponse200
    from .futures_get_position_mode_response_200 import (
        FuturesGetPositionModeResponse200,
    )
    from .futures_get_positions_response_200 import FuturesGetPositionsResponse200
    from .futures_get_risk_table_response_200 import FuturesGetRiskTableResponse200
    from .futures_get_transfer_response_200 import FuturesGetTransferResponse200
    from .futures_get_transfers_response_200 import FuturesGetTransfersResponse200
    from .futures_get_transfers_status import FuturesGetTransfersStatus
    from .futures_index import FuturesIndex
    from .futures_index_list import FuturesIndexList
    from .futures_isolated_balance import FuturesIsolatedBalance
    from .futures_isolated_balance_isolated_mode import (
        FuturesIsolatedBalanceIsolatedMode,
    )
    from .futures_mass_order_item import FuturesMassOrderItem
    from .futures_mass_order_item_position_side import FuturesMassOrderItemPositionSide
    from .futures_mass_order_item_side import FuturesMassOrderItemSide
    from .futures_mass_order_item_type import FuturesMassOrderItemType
    from .futures_order import FuturesOrder
    from .futures_order_isolated_mode import FuturesOrderIsolatedMode
    from .futures_order_list import FuturesOrderList
    from .futures_order_position_mode import FuturesOrderPositionMode
    from .futures_order_position_side import FuturesOrderPositionSide
    from .futures_order_side import FuturesOrderSide
    from .futures_order_source import FuturesOrderSource
    from .futures_order_status import FuturesOrderStatus
    from .futures_order_type import FuturesOrderType
    from .futures_place_order_body import FuturesPlaceOrderBody
    from .futures_place_order_body_position_side import (
        FuturesPlaceOrderBodyPositionSide,
    )
    from .futures_place_order_body_side import FuturesPlaceOrderBodySide
    from .futures_place_order_body_type import FuturesPlaceOrderBodyType
    from .futures_place_order_response_200 import FuturesPlaceOrderResponse200
    from .futures_transfer_isolate_margin_body import FuturesTransferIsolateMarginBody
    from .futures_transfer_isolate_margin_body_coin import (
        FuturesTransferIsolateMarginBodyCoin,
    )
    from .futures_transfer_isolate_margin_body_direction import (
        FuturesTransferIsolateMarginBodyDirection,
    )
    from .futures_transfer_isolate_margin_body_isolated_mode import (
        FuturesTransferIsolateMarginBodyIsolatedMode,
    )
    from .futures_update_isolated_mode_body import FuturesUpdateIsolatedModeBody
    from .futures_update_isolated_mode_body_isolated_mode import (
        FuturesUpdateIsolatedModeBodyIsolatedMode,
    )
    from .futures_update_leverage_body import FuturesUpdateLeverageBody
    from .futures_update_leverage_response_200 import FuturesUpdateLeverageResponse200
    from .futures_update_position_mode_body import FuturesUpdatePositionModeBody
    from .futures_update_position_mode_body_position_mode import (
        FuturesUpdatePositionModeBodyPositionMode,
    )
    from .get_all_orders_response_200 import GetAllOrdersResponse200
    from .get_balances_response_200 import GetBalancesResponse200
    from .get_book_tickers_response_200 import GetBookTickersResponse200
    from .get_book_tickers_type import GetBookTickersType
    from .get_fills_by_order_id_response_200 import GetFillsByOrderIdResponse200
    from .get_fills_response_200 import GetFillsResponse200
    from .get_klines_interval import GetKlinesInterval
    from .get_klines_response_200 import GetKlinesResponse200
    from .get_market_depth_response_200 import GetMarketDepthResponse200
    from .get_market_trades_response_200 import GetMarketTradesResponse200
    from .get_open_orders_response_200 import GetOpenOrdersResponse200
    from .get_order_by_client_order_id_response_200 import (
        GetOrderByClientOrderIdResponse200,
    )
    from .get_order_response_200 import GetOrderResponse200
    from .get_symbols_response_200 import GetSymbolsResponse200
    from .get_symbols_status import GetSymbolsStatus
    from .get_symbols_type import GetSymbolsType
    from .get_tickers_response_200 import GetTickersResponse200
    from .get_tickers_type import GetTickersType
    from .history_position import HistoryPosition
    from .history_position_isolated_mode import HistoryPositionIsolatedMode
    from .history_position_list import HistoryPositionList
    from .history_position_position_side import HistoryPositionPositionSide
    from .index_kline import IndexKline
    from .index_kline_list import IndexKlineList
    from .isolated_mode_setting import IsolatedModeSetting
    from .isolated_mode_setting_isolated_mode import IsolatedModeSettingIsolatedMode
    from .kline import Kline
    from .kline_list import KlineList
    from .leverage import Leverage
    from .market_depth import MarketDepth
    from .market_trade import MarketTrade
    from .market_trade_side import MarketTradeSide
    from .market_trades import MarketTrades
    from .mass_order_item import MassOrderItem
    from .mass_order_item_side import MassOrderItemSide
    from .mass_order_item_type import MassOrderItemType
    from .mass_order_request import MassOrderRequest
    from .new_mass_order_response_200 import NewMassOrderResponse200
    from .new_order_request import NewOrderRequest
    from .new_order_request_side import NewOrderRequestSide
    from .new_order_request_type import NewOrderRequestType
    from .new_order_response_200 import NewOrderResponse200
    from .open_interest import OpenInterest
    from .open_interest_list import OpenInterestList
    from .order import Order
    from .order_list import OrderList
    from .order_side import OrderSide
    from .order_source import OrderSource
    from .order_status import OrderStatus
    from .order_type import OrderType
    from .placed_order import PlacedOrder
    from .placed_orders import PlacedOrders
    from .position import Position
    from .position_isolated_mode import PositionIsolatedMode
    from .position_list import PositionList
    from .position_mode_setting import PositionModeSetting
    from .position_mode_setting_position_mode import PositionModeSettingPositionMode
    from .position_position_side import PositionPositionSide
    from .quote_risk import QuoteRisk
    from .risk_table import RiskTable
    from .risk_table_list import RiskTableList
    from .risk_tier import RiskTier
    from .symbol_info import SymbolInfo
    from .symbol_info_contract_type import SymbolInfoContractType
    from .symbol_info_status import SymbolInfoStatus
    from .symbol_info_type import SymbolInfoType
    from .symbol_list import SymbolList
    from .ticker import Ticker
    from .ticker_list import TickerList
    from .transfer_record import TransferRecord
    from .transfer_record_from_account import TransferRecordFromAccount
    from .transfer_record_list import TransferRecordList
    from .transfer_record_reason import TransferRecordReason
    from .transfer_record_status import TransferRecordStatus
    from .transfer_record_to_account import TransferRecordToAccount
    from .transfer_result import TransferResult
    from .transfer_result_status import TransferResultStatus

_MODULES: dict[str, str] = {
    "AccountDetail": ".account_detail",
    "AccountDetailBalance": ".account_detail_balance",
    "AccountDetailPosition": ".account_detail_position",
    "AccountDetailPositionBalance": ".account_detail_position_balance",
    "AccountDetailPositionIsolatedMode": ".account_detail_position_isolated_mode",
    "AccountDetailPositionPositionSide": ".account_detail_position_position_side",
    "Balance": ".balance",
    "BalanceList": ".balance_list",
    "BaseResponse": ".base_response",
    "BookTicker": ".book_ticker",
    "BookTickers": ".book_tickers",
    "CancelAllOrdersBody": ".cancel_all_orders_body",
    "CancelOrderBody": ".cancel_order_body",
    "ErrorResponse": ".error_response",
    "ErrorResponseCode": ".error_response_code",
    "Fill": ".fill",
    "FillList": ".fill_list",
    "FillRole": ".fill_role",
    "FillSide": ".fill_side",
    "FundingFee": ".funding_fee",
    "FundingFeeIsolatedMode": ".funding_fee_isolated_mode",
    "FundingFeeList": ".funding_fee_list",
    "FundingRate": ".funding_rate",
    "FundingRateList": ".funding_rate_list",
    "FuturesBalance": ".futures_balance",
    "FuturesBalanceList": ".futures_balance_list",
    "FuturesBatchPlaceOrdersBody": ".futures_batch_place_orders_body",
    "FuturesBatchPlaceOrdersResponse200": ".futures_batch_place_orders_response_200",
    "FuturesCancelAllOrdersBody": ".futures_cancel_all_orders_body",
    "FuturesCancelOrderBody": ".futures_cancel_order_body",
    "FuturesCreateTransferBody": ".futures_create_transfer_body",
    "FuturesCreateTransferBodyFromAccount": ".futures_create_transfer_body_from_account",
    "FuturesCreateTransferBodyToAccount": ".futures_create_transfer_body_to_account",
    "FuturesCreateTransferResponse200": ".futures_create_transfer_response_200",
    "FuturesFill": ".futures_fill",
    "FuturesFillFeeType": ".futures_fill_fee_type",
    "FuturesFillList": ".futures_fill_list",
    "FuturesFillRole": ".futures_fill_role",
    "FuturesFillSide": ".futures_fill_side",
    "FuturesGetAccountBalancesResponse200": ".futures_get_account_balances_response_200",
    "FuturesGetAccountDetailResponse200": ".futures_get_account_detail_response_200",
    "FuturesGetBookTickerResponse200": ".futures_get_book_ticker_response_200",
    "FuturesGetBookTickerType": ".futures_get_book_ticker_type",
    "FuturesGetFillsByOrderIdResponse200": ".futures_get_fills_by_order_id_response_200",
    "FuturesGetFillsResponse200": ".futures_get_fills_response_200",
    "FuturesGetFundingFeesResponse200": ".futures_get_funding_fees_response_200",
    "FuturesGetFundingRatesResponse200": ".futures_get_funding_rates_response_200",
    "FuturesGetHistoryOrdersResponse200": ".futures_get_history_orders_response_200",
    "FuturesGetHistoryPositionsPositionFlag": ".futures_get_history_positions_position_flag",
    "FuturesGetHistoryPositionsResponse200": ".futures_get_history_positions_response_200",
    "FuturesGetIndexKlinesInterval": ".futures_get_index_klines_interval",
    "FuturesGetIndexKlinesResponse200": ".futures_get_index_klines_response_200",
    "FuturesGetIndexesResponse200": ".futures_get_indexes_response_200",
    "FuturesGetIsolatedModeResponse200": ".futures_get_isolated_mode_response_200",
    "FuturesGetLeverageResponse200": ".futures_get_leverage_response_200",
    "FuturesGetMarkKlinesInterval": ".futures_get_mark_klines_interval",
    "FuturesGetMarkKlinesResponse200": ".futures_get_mark_klines_response_200",
    "FuturesGetOpenInterestsResponse200": ".futures_get_open_interests_response_200",
    "FuturesGetOpenOrdersResponse200": ".futures_get_open_orders_response_200",
    "FuturesGetOrderByClientOrderIdResponse200": ".futures_get_order_by_client_order_id_response_200",
    "FuturesGetOrderResponse200": ".futures_get_order_response_200",
    "FuturesGetPositionModeResponse200": ".futures_get_position_mode_response_200",
    "FuturesGetPositionsResponse200": ".futures_get_positions_response_200",
    "FuturesGetRiskTableResponse200": ".futures_get_risk_table_response_200",
    "FuturesGetTransferResponse200": ".futures_get_transfer_response_200",
    "FuturesGetTransfersResponse200": ".futures_get_transfers_response_200",
    "FuturesGetTransfersStatus": ".futures_get_transfers_status",
    "FuturesIndex": ".futures_index",
    "FuturesIndexList": ".futures_index_list",
    "FuturesIsolatedBalance": ".futures_isolated_balance",
    "FuturesIsolatedBalanceIsolatedMode": ".futures_isolated_balance_isolated_mode",
    "FuturesMassOrderItem": ".futures_mass_order_item",
    "FuturesMassOrderItemPositionSide": ".futures_mass_order_item_position_side",
    "FuturesMassOrderItemSide": ".futures_mass_order_item_side",
    "FuturesMassOrderItemType": ".futures_mass_order_item_type",
    "FuturesOrder": ".futures_order",
    "FuturesOrderIsolatedMode": ".futures_order_isolated_mode",
    "FuturesOrderList": ".futures_order_list",
    "FuturesOrderPositionMode": ".futures_order_position_mode",
    "FuturesOrderPositionSide": ".futures_order_position_side",
    "FuturesOrderSide": ".futures_order_side",
    "FuturesOrderSource": ".futures_order_source",
    "FuturesOrderStatus": ".futures_order_status",
    "FuturesOrderType": ".futures_order_type",
    "FuturesPlaceOrderBody": ".futures_place_order_body",
    "FuturesPlaceOrderBodyPositionSide": ".futures_place_order_body_position_side",
    "FuturesPlaceOrderBodySide": ".futures_place_order_body_side",
    "FuturesPlaceOrderBodyType": ".futures_place_order_body_type",
    "FuturesPlaceOrderResponse200": ".futures_place_order_response_200",
    "FuturesTransferIsolateMarginBody": ".futures_transfer_isolate_margin_body",
    "FuturesTransferIsolateMarginBodyCoin": ".futures_transfer_isolate_margin_body_coin",
    "FuturesTransferIsolateMarginBodyDirection": ".futures_transfer_isolate_margin_body_direction",
    "FuturesTransferIsolateMarginBodyIsolatedMode": ".futures_transfer_isolate_margin_body_isolated_mode",
    "FuturesUpdateIsolatedModeBody": ".futures_update_isolated_mode_body",
    "FuturesUpdateIsolatedModeBodyIsolatedMode": ".futures_update_isolated_mode_body_isolated_mode",
    "FuturesUpdateLeverageBody": ".futures_update_leverage_body",
    "FuturesUpdateLeverageResponse200": ".futures_update_leverage_response_200",
    "FuturesUpdatePositionModeBody": ".futures_update_position_mode_body",
    "FuturesUpdatePositionModeBodyPositionMode": ".futures_update_position_mode_body_position_mode",
    "GetAllOrdersResponse200": ".get_all_orders_response_200",
    "GetBalancesResponse200": ".get_balances_response_200",
    "GetBookTickersResponse200": ".get_book_tickers_response_200",
    "GetBookTickersType": ".get_book_tickers_type",
    "GetFillsByOrderIdResponse200": ".get_fills_by_order_id_response_200",
    "GetFillsResponse200": ".get_fills_response_200",
    "GetKlinesInterval": ".get_klines_interval",
    "GetKlinesResponse200": ".get_klines_response_200",
    "GetMarketDepthResponse200": ".get_market_depth_response_200",
    "GetMarketTradesResponse200": ".get_market_trades_response_200",
    "GetOpenOrdersResponse200": ".get_open_orders_response_200",
    "GetOrderByClientOrderIdResponse200": ".get_order_by_client_order_id_response_200",
    "GetOrderResponse200": ".get_order_response_200",
    "GetSymbolsResponse200": ".get_symbols_response_200",
    "GetSymbolsStatus": ".get_symbols_status",
    "GetSymbolsType": ".get_symbols_type",
    "GetTickersResponse200": ".get_tickers_response_200",
    "GetTickersType": ".get_tickers_type",
    "HistoryPosition": ".history_position",
    "HistoryPositionIsolatedMode": ".history_position_isolated_mode",
    "HistoryPositionList": ".history_position_list",
    "HistoryPositionPositionSide": ".history_position_position_side",
    "IndexKline": ".index_kline",
    "IndexKlineList": ".index_kline_list",
    "IsolatedModeSetting": ".isolated_mode_setting",
    "IsolatedModeSettingIsolatedMode": ".isolated_mode_setting_isolated_mode",
    "Kline": ".kline",
    "KlineList": ".kline_list",
    "Leverage": ".leverage",
    "MarketDepth": ".market_depth",
    "MarketTrade": ".market_trade",
    "MarketTradeSide": ".market_trade_side",
    "MarketTrades": ".market_trades",
    "MassOrderItem": ".mass_order_item",
    "MassOrderItemSide": ".mass_order_item_side",
    "MassOrderItemType": ".mass_order_item_type",
    "MassOrderRequest": ".mass_order_request",
    "NewMassOrderResponse200": ".new_mass_order_response_200",
    "NewOrderRequest": ".new_order_request",
    "NewOrderRequestSide": ".new_order_request_side",
    "NewOrderRequestType": ".new_order_request_type",
    "NewOrderResponse200": ".new_order_response_200",
    "OpenInterest": ".open_interest",
    "OpenInterestList": ".open_interest_list",
    "Order": ".order",
    "OrderList": ".order_list",
    "OrderSide": ".order_side",
    "OrderSource": ".order_source",
    "OrderStatus": ".order_status",
    "OrderType": ".order_type",
    "PlacedOrder": ".placed_order",
    "PlacedOrders": ".placed_orders",
    "Position": ".position",
    "PositionIsolatedMode": ".position_isolated_mode",
    "PositionList": ".position_list",
    "PositionModeSetting": ".position_mode_setting",
    "PositionModeSettingPositionMode": ".position_mode_setting_position_mode",
    "PositionPositionSide": ".position_position_side",
    "QuoteRisk": ".quote_risk",
    "RiskTable": ".risk_table",
    "RiskTableList": ".risk_table_list",
    "RiskTier": ".risk_tier",
    "SymbolInfo": ".symbol_info",
    "SymbolInfoContractType": ".symbol_info_contract_type",
    "SymbolInfoStatus": ".symbol_info_status",
    "SymbolInfoType": ".symbol_info_type",
    "SymbolList": ".symbol_list",
    "Ticker": ".ticker",
    "TickerList": ".ticker_list",
    "TransferRecord": ".transfer_record",
    "TransferRecordFromAccount": ".transfer_record_from_account",
    "TransferRecordList": ".transfer_record_list",
    "TransferRecordReason": ".transfer_record_reason",
    "TransferRecordStatus": ".transfer_record_status",
    "TransferRecordToAccount": ".transfer_record_to_account",
    "TransferResult": ".transfer_result",
    "TransferResultStatus": ".transfer_result_status",
}
"""Model name -> its module, relative to this package."""

__all__ = (
    "AccountDetail",
    "AccountDetailBalance",
    "AccountDetailPosition",
    "AccountDetailPositionBalance",
    "AccountDetailPositionIsolatedMode",
    "AccountDetailPositionPositionSide",
    "Balance",
    "BalanceList",
    "BaseResponse",
    "BookTicker",
    "BookTickers",
    "CancelAllOrdersBody",
    "CancelOrderBody",
    "ErrorResponse",
    "ErrorResponseCode",
    "Fill",
    "FillList",
    "FillRole",
    "FillSide",
    "FundingFee",
    "FundingFeeIsolatedMode",
    "FundingFeeList",
    "FundingRate",
    "FundingRateList",
    "FuturesBalance",
    "FuturesBalanceList",
    "FuturesBatchPlaceOrdersBody",
    "FuturesBatchPlaceOrdersResponse200",
    "FuturesCancelAllOrdersBody",
    "FuturesCancelOrderBody",
    "FuturesCreateTransferBody",
    "FuturesCreateTransferBodyFromAccount",
    "FuturesCreateTransferBodyToAccount",
    "FuturesCreateTransferResponse200",
    "FuturesFill",
    "FuturesFillFeeType",
    "FuturesFillList",
    "FuturesFillRole",
    "FuturesFillSide",
    "FuturesGetAccountBalancesResponse200",
    "FuturesGetAccountDetailResponse200",
    "FuturesGetBookTickerResponse200",
    "FuturesGetBookTickerType",
    "FuturesGetFillsByOrderIdResponse200",
    "FuturesGetFillsResponse200",
    "FuturesGetFundingFeesResponse200",
    "FuturesGetFundingRatesResponse200",
    "FuturesGetHistoryOrdersResponse200",
    "FuturesGetHistoryPositionsPositionFlag",
    "FuturesGetHistoryPositionsResponse200",
    "FuturesGetIndexKlinesInterval",
    "FuturesGetIndexKlinesResponse200",
    "FuturesGetIndexesResponse200",
    "FuturesGetIsolatedModeResponse200",
    "FuturesGetLeverageResponse200",
    "FuturesGetMarkKlinesInterval",
    "FuturesGetMarkKlinesResponse200",
    "FuturesGetOpenInterestsResponse200",
    "FuturesGetOpenOrdersResponse200",
    "FuturesGetOrderByClientOrderIdResponse200",
    "FuturesGetOrderResponse200",
    "FuturesGetPositionModeResponse200",
    "FuturesGetPositionsResponse200",
    "FuturesGetRiskTableResponse200",
    "FuturesGetTransferResponse200",
    "FuturesGetTransfersResponse200",
    "FuturesGetTransfersStatus",
    "FuturesIndex",
    "FuturesIndexList",
    "FuturesIsolatedBalance",
    "FuturesIsolatedBalanceIsolatedMode",
    "FuturesMassOrderItem",
    "FuturesMassOrderItemPositionSide",
    "FuturesMassOrderItemSide",
    "FuturesMassOrderItemType",
    "FuturesOrder",
    "FuturesOrderIsolatedMode",
    "FuturesOrderList",
    "FuturesOrderPositionMode",
    "FuturesOrderPositionSide",
    "FuturesOrderSide",
    "FuturesOrderSource",
    "FuturesOrderStatus",
    "FuturesOrderType",
    "FuturesPlaceOrderBody",
    "FuturesPlaceOrderBodyPositionSide",
    "FuturesPlaceOrderBodySide",
    "FuturesPlaceOrderBodyType",
    "FuturesPlaceOrderResponse200",
    "FuturesTransferIsolateMarginBody",
    "FuturesTransferIsolateMarginBodyCoin",
    "FuturesTransferIsolateMarginBodyDirection",
    "FuturesTransferIsolateMarginBodyIsolatedMode",
    "FuturesUpdateIsolatedModeBody",
    "FuturesUpdateIsolatedModeBodyIsolatedMode",
    "FuturesUpdateLeverageBody",
    "FuturesUpdateLeverageResponse200",
    "FuturesUpdatePositionModeBody",
    "FuturesUpdatePositionModeBodyPositionMode",
    "GetAllOrdersResponse200",
    "GetBalancesResponse200",
    "GetBookTickersResponse200",
    "GetBookTickersType",
    "GetFillsByOrderIdResponse200",
    "GetFillsResponse200",
    "GetKlinesInterval",
    "GetKlinesResponse200",
    "GetMarketDepthResponse200",
    "GetMarketTradesResponse200",
    "GetOpenOrdersResponse200",
    "GetOrderByClientOrderIdResponse200",
    "GetOrderResponse200",
    "GetSymbolsResponse200",
    "GetSymbolsStatus",
    "GetSymbolsType",
    "GetTickersResponse200",
    "GetTickersType",
    "HistoryPosition",
    "HistoryPositionIsolatedMode",
    "HistoryPositionList",
    "HistoryPositionPositionSide",
    "IndexKline",
    "IndexKlineList",
    "IsolatedModeSetting",
    "IsolatedModeSettingIsolatedMode",
    "Kline",
    "KlineList",
    "Leverage",
    "MarketDepth",
    "MarketTrade",
    "MarketTradeSide",
    "MarketTrades",
    "MassOrderItem",
    "MassOrderItemSide",
    "MassOrderItemType",
    "MassOrderRequest",
    "NewMassOrderResponse200",
    "NewOrderRequest",
    "NewOrderRequestSide",
    "NewOrderRequestType",
    "NewOrderResponse200",
    "OpenInterest",
    "OpenInterestList",
    "Order",
    "OrderList",
    "OrderSide",
    "OrderSource",
    "OrderStatus",
    "OrderType",
    "PlacedOrder",
    "PlacedOrders",
    "Position",
    "PositionIsolatedMode",
    "PositionList",
    "PositionModeSetting",
    "PositionModeSettingPositionMode",
    "PositionPositionSide",
    "QuoteRisk",
    "RiskTable",
    "RiskTableList",
    "RiskTier",
    "SymbolInfo",
    "SymbolInfoContractType",
    "SymbolInfoStatus",
    "SymbolInfoType",
    "SymbolList",
    "Ticker",
    "TickerList",
    "TransferRecord",
    "TransferRecordFromAccount",
    "TransferRecordList",
    "TransferRecordReason",
    "TransferRecordStatus",
    "TransferRecordToAccount",
    "TransferResult",
    "TransferResultStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
