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
    from .arbitrage_balance import ArbitrageBalance
    from .arbitrage_balances import ArbitrageBalances
    from .arbitrage_coin import ArbitrageCoin
    from .arbitrage_product import ArbitrageProduct
    from .arbitrage_products import ArbitrageProducts
    from .arbitrage_stake_request import ArbitrageStakeRequest
    from .arbitrage_stake_result import ArbitrageStakeResult
    from .arbitrage_unstake_request import ArbitrageUnstakeRequest
    from .arbitrage_unstake_result import ArbitrageUnstakeResult
    from .balance import Balance
    from .balance_category import BalanceCategory
    from .balance_entry import BalanceEntry
    from .balance_list import BalanceList
    from .balance_price import BalancePrice
    from .balances_full import BalancesFull
    from .balances_full_prices import BalancesFullPrices
    from .base_response import BaseResponse
    from .book_ticker import BookTicker
    from .book_tickers import BookTickers
    from .bot_account_balances import BotAccountBalances
    from .bot_futures_grid_adjust_params_body import BotFuturesGridAdjustParamsBody
    from .bot_futures_grid_adjust_params_body_condition_direction import (
        BotFuturesGridAdjustParamsBodyConditionDirection,
    )
    from .bot_futures_grid_adjust_params_body_investment_from import (
        BotFuturesGridAdjustParamsBodyInvestmentFrom,
    )
    from .bot_futures_grid_adjust_params_body_type import (
        BotFuturesGridAdjustParamsBodyType,
    )
    from .bot_futures_grid_cancel_body import BotFuturesGridCancelBody
    from .bot_futures_grid_cancel_body_close_sell_model import (
        BotFuturesGridCancelBodyCloseSellModel,
    )
    from .bot_futures_grid_check_params_body import BotFuturesGridCheckParamsBody
    from .bot_futures_grid_check_params_response_200 import (
        BotFuturesGridCheckParamsResponse200,
    )
    from .bot_futures_grid_create_body import BotFuturesGridCreateBody
    from .bot_futures_grid_create_response_200 import BotFuturesGridCreateResponse200
    from .bot_futures_grid_get_order_response_200 import (
        BotFuturesGridGetOrderResponse200,
    )
    from .bot_futures_grid_reduce_body import BotFuturesGridReduceBody
    from .bot_futures_grid_reduce_body_condition_direction import (
        BotFuturesGridReduceBodyConditionDirection,
    )
    from .bot_futures_grid_reduce_response_200 import BotFuturesGridReduceResponse200
    from .bot_kol_list_copy_trade_bots_bu_order_type import (
        BotKolListCopyTradeBotsBuOrderType,
    )
    from .bot_kol_list_copy_trade_bots_direction import BotKolListCopyTradeBotsDirection
    from .bot_kol_list_copy_trade_bots_response_200 import (
        BotKolListCopyTradeBotsResponse200,
    )
    from .bot_kol_list_copy_trade_bots_trend import BotKolListCopyTradeBotsTrend
    from .bot_order import BotOrder
    from .bot_order_bu_order_type import BotOrderBuOrderType
    from .bot_order_data import BotOrderData
    from .bot_order_data_cate_type import BotOrderDataCateType
    from .bot_order_data_close_order_type import BotOrderDataCloseOrderType
    from .bot_order_data_close_sell_model import BotOrderDataCloseSellModel
    from .bot_order_data_condition_direction import BotOrderDataConditionDirection
    from .bot_order_data_grid_type import BotOrderDataGridType
    from .bot_order_data_investment_from import BotOrderDataInvestmentFrom
    from .bot_order_data_loss_stop_type import BotOrderDataLossStopType
    from .bot_order_data_margin_status import BotOrderDataMarginStatus
    from .bot_order_data_notional_status import BotOrderDataNotionalStatus
    from .bot_order_data_profit_stop_type import BotOrderDataProfitStopType
    from .bot_order_data_reason_by import BotOrderDataReasonBy
    from .bot_order_data_risk_status import BotOrderDataRiskStatus
    from .bot_order_data_trade_type import BotOrderDataTradeType
    from .bot_order_data_trend import BotOrderDataTrend
    from .bot_order_data_type import BotOrderDataType
    from .bot_order_list import BotOrderList
    from .bot_orders_list_response_200 import BotOrdersListResponse200
    from .bot_orders_list_status import BotOrdersListStatus
    from .bot_signals_create_body import BotSignalsCreateBody
    from .bot_signals_create_response_200 import BotSignalsCreateResponse200
    from .bot_signals_edit_body import BotSignalsEditBody
    from .bot_signals_get_response_200 import BotSignalsGetResponse200
    from .bot_signals_list_response_200 import BotSignalsListResponse200
    from .bot_signals_push_body import BotSignalsPushBody
    from .bot_smart_copy_cancel_body import BotSmartCopyCancelBody
    from .bot_smart_copy_cancel_response_200 import BotSmartCopyCancelResponse200
    from .bot_smart_copy_check_params_body import BotSmartCopyCheckParamsBody
    from .bot_smart_copy_check_params_response_200 import (
        BotSmartCopyCheckParamsResponse200,
    )
    from .bot_smart_copy_create_body import BotSmartCopyCreateBody
    from .bot_smart_copy_create_response_200 import BotSmartCopyCreateResponse200
    from .bot_smart_copy_get_order_response_200 import BotSmartCopyGetOrderResponse200
    from .bot_spot_grid_adjust_params_body import BotSpotGridAdjustParamsBody
    from .bot_spot_grid_adjust_params_response_200 import (
        BotSpotGridAdjustParamsResponse200,
    )
    from .bot_spot_grid_cancel_body import BotSpotGridCancelBody
    from .bot_spot_grid_cancel_body_close_sell_model import (
        BotSpotGridCancelBodyCloseSellModel,
    )
    from .bot_spot_grid_check_params_body import BotSpotGridCheckParamsBody
    from .bot_spot_grid_check_params_response_200 import (
        BotSpotGridCheckParamsResponse200,
    )
    from .bot_spot_grid_create_body import BotSpotGridCreateBody
    from .bot_spot_grid_create_response_200 import BotSpotGridCreateResponse200
    from .bot_spot_grid_extract_profit_body import BotSpotGridExtractProfitBody
    from .bot_spot_grid_extract_profit_response_200 import (
        BotSpotGridExtractProfitResponse200,
    )
    from .bot_spot_grid_get_ai_strategy_response_200 import (
        BotSpotGridGetAiStrategyResponse200,
    )
    from .bot_spot_grid_get_order_response_200 import BotSpotGridGetOrderResponse200
    from .bot_spot_grid_invest_in_body import BotSpotGridInvestInBody
    from .bot_spot_grid_invest_in_response_200 import BotSpotGridInvestInResponse200
    from .cancel_all_orders_body import CancelAllOrdersBody
    from .cancel_order_body import CancelOrderBody
    from .dual_balance import DualBalance
    from .dual_balance_list import DualBalanceList
    from .dual_coin import DualCoin
    from .dual_coin_list import DualCoinList
    from .dual_collect_request import DualCollectRequest
    from .dual_collected import DualCollected
    from .dual_delivery_price import DualDeliveryPrice
    from .dual_delivery_price_list import DualDeliveryPriceList
    from .dual_index import DualIndex
    from .dual_invest_request import DualInvestRequest
    from .dual_invested import DualInvested
    from .dual_invests_request import DualInvestsRequest
    from .dual_price import DualPrice
    from .dual_price_list import DualPriceList
    from .dual_product import DualProduct
    from .dual_product_list import DualProductList
    from .dual_product_type import DualProductType
    from .dual_record import DualRecord
    from .dual_record_list import DualRecordList
    from .dual_record_type import DualRecordType
    from .dual_revoke_request import DualRevokeRequest
    from .dual_revoked import DualRevoked
    from .earn_arbitrage_get_balances_response_200 import (
        EarnArbitrageGetBalancesResponse200,
    )
    from .earn_arbitrage_get_products_response_200 import (
        EarnArbitrageGetProductsResponse200,
    )
    from .earn_arbitrage_stake_response_200 import EarnArbitrageStakeResponse200
    from .earn_arbitrage_unstake_response_200 import EarnArbitrageUnstakeResponse200
    from .earn_dual_collect_response_200 import EarnDualCollectResponse200
    from .earn_dual_get_balances_response_200 import EarnDualGetBalancesResponse200
    from .earn_dual_get_delivery_prices_quote import EarnDualGetDeliveryPricesQuote
    from .earn_dual_get_delivery_prices_response_200 import (
        EarnDualGetDeliveryPricesResponse200,
    )
    from .earn_dual_get_index_quote import EarnDualGetIndexQuote
    from .earn_dual_get_index_response_200 import EarnDualGetIndexResponse200
    from .earn_dual_get_invests_response_200 import EarnDualGetInvestsResponse200
    from .earn_dual_get_open_products_quote import EarnDualGetOpenProductsQuote
    from .earn_dual_get_open_products_response_200 import (
        EarnDualGetOpenProductsResponse200,
    )
    from .earn_dual_get_open_products_type import EarnDualGetOpenProductsType
    from .earn_dual_get_prices_quote import EarnDualGetPricesQuote
    from .earn_dual_get_prices_response_200 import EarnDualGetPricesResponse200
    from .earn_dual_get_records_response_200 import EarnDualGetRecordsResponse200
    from .earn_dual_get_symbols_response_200 import EarnDualGetSymbolsResponse200
    from .earn_dual_invest_response_200 import EarnDualInvestResponse200
    from .earn_dual_revoke_invest_response_200 import EarnDualRevokeInvestResponse200
    from .error_response import ErrorResponse
    from .error_response_code import ErrorResponseCode
    from .error_response_data import ErrorResponseData
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
    from .futures_category import FuturesCategory
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
    from .futures_grid_check_order_data import FuturesGridCheckOrderData
    from .futures_grid_check_order_data_condition_direction import (
        FuturesGridCheckOrderDataConditionDirection,
    )
    from .futures_grid_check_order_data_grid_type import (
        FuturesGridCheckOrderDataGridType,
    )
    from .futures_grid_check_order_data_trend import FuturesGridCheckOrderDataTrend
    from .futures_grid_check_result import FuturesGridCheckResult
    from .futures_grid_create_order_data import FuturesGridCreateOrderData
    from .futures_grid_create_order_data_cate_type import (
        FuturesGridCreateOrderDataCateType,
    )
    from .futures_grid_create_order_data_condition_direction import (
        FuturesGridCreateOrderDataConditionDirection,
    )
    from .futures_grid_create_order_data_grid_type import (
        FuturesGridCreateOrderDataGridType,
    )
    from .futures_grid_create_order_data_investment_from import (
        FuturesGridCreateOrderDataInvestmentFrom,
    )
    from .futures_grid_create_order_data_loss_stop_type import (
        FuturesGridCreateOrderDataLossStopType,
    )
    from .futures_grid_create_order_data_profit_stop_type import (
        FuturesGridCreateOrderDataProfitStopType,
    )
    from .futures_grid_create_order_data_trend import FuturesGridCreateOrderDataTrend
    from .futures_grid_created import FuturesGridCreated
    from .futures_grid_invest_trigger import FuturesGridInvestTrigger
    from .futures_grid_invest_trigger_condition_direction import (
        FuturesGridInvestTriggerConditionDirection,
    )
    from .futures_grid_order import FuturesGridOrder
    from .futures_grid_order_data import FuturesGridOrderData
    from .futures_grid_order_data_cate_type import FuturesGridOrderDataCateType
    from .futures_grid_order_data_close_order_type import (
        FuturesGridOrderDataCloseOrderType,
    )
    from .futures_grid_order_data_close_sell_model import (
        FuturesGridOrderDataCloseSellModel,
    )
    from .futures_grid_order_data_grid_type import FuturesGridOrderDataGridType
    from .futures_grid_order_data_investment_from import (
        FuturesGridOrderDataInvestmentFrom,
    )
    from .futures_grid_order_data_loss_stop_type import FuturesGridOrderDataLossStopType
    from .futures_grid_order_data_margin_status import FuturesGridOrderDataMarginStatus
    from .futures_grid_order_data_notional_status import (
        FuturesGridOrderDataNotionalStatus,
    )
    from .futures_grid_order_data_profit_stop_type import (
        FuturesGridOrderDataProfitStopType,
    )
    from .futures_grid_order_data_reason_by import FuturesGridOrderDataReasonBy
    from .futures_grid_order_data_risk_status import FuturesGridOrderDataRiskStatus
    from .futures_grid_order_data_status import FuturesGridOrderDataStatus
    from .futures_grid_order_data_trend import FuturesGridOrderDataTrend
    from .futures_grid_order_data_type import FuturesGridOrderDataType
    from .futures_grid_reduce_result import FuturesGridReduceResult
    from .futures_grid_reduce_result_reason import FuturesGridReduceResultReason
    from .futures_grid_reduce_trigger import FuturesGridReduceTrigger
    from .futures_grid_reduce_trigger_condition_direction import (
        FuturesGridReduceTriggerConditionDirection,
    )
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
    from .inst_fund_account import InstFundAccount
    from .inst_fund_create_withdraw_body import InstFundCreateWithdrawBody
    from .inst_fund_create_withdraw_response_200 import (
        InstFundCreateWithdrawResponse200,
    )
    from .inst_fund_deposit import InstFundDeposit
    from .inst_fund_deposit_list import InstFundDepositList
    from .inst_fund_fee import InstFundFee
    from .inst_fund_get_account_response_200 import InstFundGetAccountResponse200
    from .inst_fund_get_deposits_response_200 import InstFundGetDepositsResponse200
    from .inst_fund_get_fee_direction import InstFundGetFeeDirection
    from .inst_fund_get_fee_response_200 import InstFundGetFeeResponse200
    from .inst_fund_get_withdraw_accounts_response_200 import (
        InstFundGetWithdrawAccountsResponse200,
    )
    from .inst_fund_get_withdraws_response_200 import InstFundGetWithdrawsResponse200
    from .inst_fund_withdraw_account import InstFundWithdrawAccount
    from .inst_fund_withdraw_account_list import InstFundWithdrawAccountList
    from .inst_fund_withdrawal import InstFundWithdrawal
    from .inst_fund_withdrawal_list import InstFundWithdrawalList
    from .isolated_mode_setting import IsolatedModeSetting
    from .isolated_mode_setting_isolated_mode import IsolatedModeSettingIsolatedMode
    from .kline import Kline
    from .kline_list import KlineList
    from .kol_copy_trade_list import KolCopyTradeList
    from .kol_copy_trade_order import KolCopyTradeOrder
    from .kol_copy_trade_order_bu_order_type import KolCopyTradeOrderBuOrderType
    from .kol_copy_trade_order_data import KolCopyTradeOrderData
    from .kol_copy_trade_order_data_condition_direction import (
        KolCopyTradeOrderDataConditionDirection,
    )
    from .kol_copy_trade_order_data_trend import KolCopyTradeOrderDataTrend
    from .kol_filter_options import KolFilterOptions
    from .kol_filter_options_trend_list_item import KolFilterOptionsTrendListItem
    from .kol_group_info import KolGroupInfo
    from .kol_info import KolInfo
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
    from .overview_futures_balance import OverviewFuturesBalance
    from .overview_position import OverviewPosition
    from .overview_position_isolated_mode import OverviewPositionIsolatedMode
    from .overview_position_position_side import OverviewPositionPositionSide
    from .partner_check_user_qualification_response_200 import (
        PartnerCheckUserQualificationResponse200,
    )
    from .partner_get_user_trading_volume_response_200 import (
        PartnerGetUserTradingVolumeResponse200,
    )
    from .partner_qualification import PartnerQualification
    from .partner_trading_stat import PartnerTradingStat
    from .partner_trading_volume import PartnerTradingVolume
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
    from .signal_action import SignalAction
    from .signal_action_action import SignalActionAction
    from .signal_action_direction import SignalActionDirection
    from .smart_copy_cancelled import SmartCopyCancelled
    from .smart_copy_check_result import SmartCopyCheckResult
    from .smart_copy_create_order_data import SmartCopyCreateOrderData
    from .smart_copy_created import SmartCopyCreated
    from .smart_copy_order import SmartCopyOrder
    from .smart_copy_order_bu_order_type import SmartCopyOrderBuOrderType
    from .smart_copy_order_data import SmartCopyOrderData
    from .smart_copy_order_data_reason_by import SmartCopyOrderDataReasonBy
    from .smart_copy_order_data_trade_type import SmartCopyOrderDataTradeType
    from .smart_copy_portfolio_entry import SmartCopyPortfolioEntry
    from .smart_copy_portfolio_item import SmartCopyPortfolioItem
    from .spot_grid_action import SpotGridAction
    from .spot_grid_ai_strategy import SpotGridAiStrategy
    from .spot_grid_ai_strategy_option import SpotGridAiStrategyOption
    from .spot_grid_check_order_data import SpotGridCheckOrderData
    from .spot_grid_check_order_data_condition_direction import (
        SpotGridCheckOrderDataConditionDirection,
    )
    from .spot_grid_check_order_data_grid_type import SpotGridCheckOrderDataGridType
    from .spot_grid_check_result import SpotGridCheckResult
    from .spot_grid_create_order_data import SpotGridCreateOrderData
    from .spot_grid_create_order_data_close_sell_model import (
        SpotGridCreateOrderDataCloseSellModel,
    )
    from .spot_grid_create_order_data_condition_direction import (
        SpotGridCreateOrderDataConditionDirection,
    )
    from .spot_grid_create_order_data_grid_type import SpotGridCreateOrderDataGridType
    from .spot_grid_create_order_data_loss_stop_type import (
        SpotGridCreateOrderDataLossStopType,
    )
    from .spot_grid_create_order_data_profit_stop_type import (
        SpotGridCreateOrderDataProfitStopType,
    )
    from .spot_grid_order import SpotGridOrder
    from .spot_grid_order_bu_order_type import SpotGridOrderBuOrderType
    from .spot_grid_order_data import SpotGridOrderData
    from .spot_grid_order_data_close_sell_model import SpotGridOrderDataCloseSellModel
    from .spot_grid_order_data_condition_direction import (
        SpotGridOrderDataConditionDirection,
    )
    from .spot_grid_order_data_grid_type import SpotGridOrderDataGridType
    from .spot_grid_order_data_loss_stop_type import SpotGridOrderDataLossStopType
    from .spot_grid_order_data_profit_stop_type import SpotGridOrderDataProfitStopType
    from .spot_grid_order_data_reason_by import SpotGridOrderDataReasonBy
    from .spot_grid_order_data_status import SpotGridOrderDataStatus
    from .spot_grid_order_data_trend import SpotGridOrderDataTrend
    from .spot_grid_profit_transfer import SpotGridProfitTransfer
    from .symbol_info import SymbolInfo
    from .symbol_info_contract_type import SymbolInfoContractType
    from .symbol_info_status import SymbolInfoStatus
    from .symbol_info_type import SymbolInfoType
    from .symbol_list import SymbolList
    from .ticker import Ticker
    from .ticker_list import TickerList
    from .trader_account_balances import TraderAccountBalances
    from .trading_view_config import TradingViewConfig
    from .transfer_record import TransferRecord
    from .transfer_record_from_account import TransferRecordFromAccount
    from .transfer_record_list import TransferRecordList
    from .transfer_record_reason import TransferRecordReason
    from .transfer_record_status import TransferRecordStatus
    from .transfer_record_to_account import TransferRecordToAccount
    from .transfer_result import TransferResult
    from .transfer_result_status import TransferResultStatus
    from .user_signal import UserSignal
    from .user_signal_list import UserSignalList
    from .wallet_get_balances_full_response_200 import WalletGetBalancesFullResponse200

_MODULES: dict[str, str] = {
    "AccountDetail": ".account_detail",
    "AccountDetailBalance": ".account_detail_balance",
    "AccountDetailPosition": ".account_detail_position",
    "AccountDetailPositionBalance": ".account_detail_position_balance",
    "AccountDetailPositionIsolatedMode": ".account_detail_position_isolated_mode",
    "AccountDetailPositionPositionSide": ".account_detail_position_position_side",
    "ArbitrageBalance": ".arbitrage_balance",
    "ArbitrageBalances": ".arbitrage_balances",
    "ArbitrageCoin": ".arbitrage_coin",
    "ArbitrageProduct": ".arbitrage_product",
    "ArbitrageProducts": ".arbitrage_products",
    "ArbitrageStakeRequest": ".arbitrage_stake_request",
    "ArbitrageStakeResult": ".arbitrage_stake_result",
    "ArbitrageUnstakeRequest": ".arbitrage_unstake_request",
    "ArbitrageUnstakeResult": ".arbitrage_unstake_result",
    "Balance": ".balance",
    "BalanceCategory": ".balance_category",
    "BalanceEntry": ".balance_entry",
    "BalanceList": ".balance_list",
    "BalancePrice": ".balance_price",
    "BalancesFull": ".balances_full",
    "BalancesFullPrices": ".balances_full_prices",
    "BaseResponse": ".base_response",
    "BookTicker": ".book_ticker",
    "BookTickers": ".book_tickers",
    "BotAccountBalances": ".bot_account_balances",
    "BotFuturesGridAdjustParamsBody": ".bot_futures_grid_adjust_params_body",
    "BotFuturesGridAdjustParamsBodyConditionDirection": ".bot_futures_grid_adjust_params_body_condition_direction",
    "BotFuturesGridAdjustParamsBodyInvestmentFrom": ".bot_futures_grid_adjust_params_body_investment_from",
    "BotFuturesGridAdjustParamsBodyType": ".bot_futures_grid_adjust_params_body_type",
    "BotFuturesGridCancelBody": ".bot_futures_grid_cancel_body",
    "BotFuturesGridCancelBodyCloseSellModel": ".bot_futures_grid_cancel_body_close_sell_model",
    "BotFuturesGridCheckParamsBody": ".bot_futures_grid_check_params_body",
    "BotFuturesGridCheckParamsResponse200": ".bot_futures_grid_check_params_response_200",
    "BotFuturesGridCreateBody": ".bot_futures_grid_create_body",
    "BotFuturesGridCreateResponse200": ".bot_futures_grid_create_response_200",
    "BotFuturesGridGetOrderResponse200": ".bot_futures_grid_get_order_response_200",
    "BotFuturesGridReduceBody": ".bot_futures_grid_reduce_body",
    "BotFuturesGridReduceBodyConditionDirection": ".bot_futures_grid_reduce_body_condition_direction",
    "BotFuturesGridReduceResponse200": ".bot_futures_grid_reduce_response_200",
    "BotKolListCopyTradeBotsBuOrderType": ".bot_kol_list_copy_trade_bots_bu_order_type",
    "BotKolListCopyTradeBotsDirection": ".bot_kol_list_copy_trade_bots_direction",
    "BotKolListCopyTradeBotsResponse200": ".bot_kol_list_copy_trade_bots_response_200",
    "BotKolListCopyTradeBotsTrend": ".bot_kol_list_copy_trade_bots_trend",
    "BotOrder": ".bot_order",
    "BotOrderBuOrderType": ".bot_order_bu_order_type",
    "BotOrderData": ".bot_order_data",
    "BotOrderDataCateType": ".bot_order_data_cate_type",
    "BotOrderDataCloseOrderType": ".bot_order_data_close_order_type",
    "BotOrderDataCloseSellModel": ".bot_order_data_close_sell_model",
    "BotOrderDataConditionDirection": ".bot_order_data_condition_direction",
    "BotOrderDataGridType": ".bot_order_data_grid_type",
    "BotOrderDataInvestmentFrom": ".bot_order_data_investment_from",
    "BotOrderDataLossStopType": ".bot_order_data_loss_stop_type",
    "BotOrderDataMarginStatus": ".bot_order_data_margin_status",
    "BotOrderDataNotionalStatus": ".bot_order_data_notional_status",
    "BotOrderDataProfitStopType": ".bot_order_data_profit_stop_type",
    "BotOrderDataReasonBy": ".bot_order_data_reason_by",
    "BotOrderDataRiskStatus": ".bot_order_data_risk_status",
    "BotOrderDataTradeType": ".bot_order_data_trade_type",
    "BotOrderDataTrend": ".bot_order_data_trend",
    "BotOrderDataType": ".bot_order_data_type",
    "BotOrderList": ".bot_order_list",
    "BotOrdersListResponse200": ".bot_orders_list_response_200",
    "BotOrdersListStatus": ".bot_orders_list_status",
    "BotSignalsCreateBody": ".bot_signals_create_body",
    "BotSignalsCreateResponse200": ".bot_signals_create_response_200",
    "BotSignalsEditBody": ".bot_signals_edit_body",
    "BotSignalsGetResponse200": ".bot_signals_get_response_200",
    "BotSignalsListResponse200": ".bot_signals_list_response_200",
    "BotSignalsPushBody": ".bot_signals_push_body",
    "BotSmartCopyCancelBody": ".bot_smart_copy_cancel_body",
    "BotSmartCopyCancelResponse200": ".bot_smart_copy_cancel_response_200",
    "BotSmartCopyCheckParamsBody": ".bot_smart_copy_check_params_body",
    "BotSmartCopyCheckParamsResponse200": ".bot_smart_copy_check_params_response_200",
    "BotSmartCopyCreateBody": ".bot_smart_copy_create_body",
    "BotSmartCopyCreateResponse200": ".bot_smart_copy_create_response_200",
    "BotSmartCopyGetOrderResponse200": ".bot_smart_copy_get_order_response_200",
    "BotSpotGridAdjustParamsBody": ".bot_spot_grid_adjust_params_body",
    "BotSpotGridAdjustParamsResponse200": ".bot_spot_grid_adjust_params_response_200",
    "BotSpotGridCancelBody": ".bot_spot_grid_cancel_body",
    "BotSpotGridCancelBodyCloseSellModel": ".bot_spot_grid_cancel_body_close_sell_model",
    "BotSpotGridCheckParamsBody": ".bot_spot_grid_check_params_body",
    "BotSpotGridCheckParamsResponse200": ".bot_spot_grid_check_params_response_200",
    "BotSpotGridCreateBody": ".bot_spot_grid_create_body",
    "BotSpotGridCreateResponse200": ".bot_spot_grid_create_response_200",
    "BotSpotGridExtractProfitBody": ".bot_spot_grid_extract_profit_body",
    "BotSpotGridExtractProfitResponse200": ".bot_spot_grid_extract_profit_response_200",
    "BotSpotGridGetAiStrategyResponse200": ".bot_spot_grid_get_ai_strategy_response_200",
    "BotSpotGridGetOrderResponse200": ".bot_spot_grid_get_order_response_200",
    "BotSpotGridInvestInBody": ".bot_spot_grid_invest_in_body",
    "BotSpotGridInvestInResponse200": ".bot_spot_grid_invest_in_response_200",
    "CancelAllOrdersBody": ".cancel_all_orders_body",
    "CancelOrderBody": ".cancel_order_body",
    "DualBalance": ".dual_balance",
    "DualBalanceList": ".dual_balance_list",
    "DualCoin": ".dual_coin",
    "DualCoinList": ".dual_coin_list",
    "DualCollectRequest": ".dual_collect_request",
    "DualCollected": ".dual_collected",
    "DualDeliveryPrice": ".dual_delivery_price",
    "DualDeliveryPriceList": ".dual_delivery_price_list",
    "DualIndex": ".dual_index",
    "DualInvestRequest": ".dual_invest_request",
    "DualInvested": ".dual_invested",
    "DualInvestsRequest": ".dual_invests_request",
    "DualPrice": ".dual_price",
    "DualPriceList": ".dual_price_list",
    "DualProduct": ".dual_product",
    "DualProductList": ".dual_product_list",
    "DualProductType": ".dual_product_type",
    "DualRecord": ".dual_record",
    "DualRecordList": ".dual_record_list",
    "DualRecordType": ".dual_record_type",
    "DualRevokeRequest": ".dual_revoke_request",
    "DualRevoked": ".dual_revoked",
    "EarnArbitrageGetBalancesResponse200": ".earn_arbitrage_get_balances_response_200",
    "EarnArbitrageGetProductsResponse200": ".earn_arbitrage_get_products_response_200",
    "EarnArbitrageStakeResponse200": ".earn_arbitrage_stake_response_200",
    "EarnArbitrageUnstakeResponse200": ".earn_arbitrage_unstake_response_200",
    "EarnDualCollectResponse200": ".earn_dual_collect_response_200",
    "EarnDualGetBalancesResponse200": ".earn_dual_get_balances_response_200",
    "EarnDualGetDeliveryPricesQuote": ".earn_dual_get_delivery_prices_quote",
    "EarnDualGetDeliveryPricesResponse200": ".earn_dual_get_delivery_prices_response_200",
    "EarnDualGetIndexQuote": ".earn_dual_get_index_quote",
    "EarnDualGetIndexResponse200": ".earn_dual_get_index_response_200",
    "EarnDualGetInvestsResponse200": ".earn_dual_get_invests_response_200",
    "EarnDualGetOpenProductsQuote": ".earn_dual_get_open_products_quote",
    "EarnDualGetOpenProductsResponse200": ".earn_dual_get_open_products_response_200",
    "EarnDualGetOpenProductsType": ".earn_dual_get_open_products_type",
    "EarnDualGetPricesQuote": ".earn_dual_get_prices_quote",
    "EarnDualGetPricesResponse200": ".earn_dual_get_prices_response_200",
    "EarnDualGetRecordsResponse200": ".earn_dual_get_records_response_200",
    "EarnDualGetSymbolsResponse200": ".earn_dual_get_symbols_response_200",
    "EarnDualInvestResponse200": ".earn_dual_invest_response_200",
    "EarnDualRevokeInvestResponse200": ".earn_dual_revoke_invest_response_200",
    "ErrorResponse": ".error_response",
    "ErrorResponseCode": ".error_response_code",
    "ErrorResponseData": ".error_response_data",
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
    "FuturesCategory": ".futures_category",
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
    "FuturesGridCheckOrderData": ".futures_grid_check_order_data",
    "FuturesGridCheckOrderDataConditionDirection": ".futures_grid_check_order_data_condition_direction",
    "FuturesGridCheckOrderDataGridType": ".futures_grid_check_order_data_grid_type",
    "FuturesGridCheckOrderDataTrend": ".futures_grid_check_order_data_trend",
    "FuturesGridCheckResult": ".futures_grid_check_result",
    "FuturesGridCreateOrderData": ".futures_grid_create_order_data",
    "FuturesGridCreateOrderDataCateType": ".futures_grid_create_order_data_cate_type",
    "FuturesGridCreateOrderDataConditionDirection": ".futures_grid_create_order_data_condition_direction",
    "FuturesGridCreateOrderDataGridType": ".futures_grid_create_order_data_grid_type",
    "FuturesGridCreateOrderDataInvestmentFrom": ".futures_grid_create_order_data_investment_from",
    "FuturesGridCreateOrderDataLossStopType": ".futures_grid_create_order_data_loss_stop_type",
    "FuturesGridCreateOrderDataProfitStopType": ".futures_grid_create_order_data_profit_stop_type",
    "FuturesGridCreateOrderDataTrend": ".futures_grid_create_order_data_trend",
    "FuturesGridCreated": ".futures_grid_created",
    "FuturesGridInvestTrigger": ".futures_grid_invest_trigger",
    "FuturesGridInvestTriggerConditionDirection": ".futures_grid_invest_trigger_condition_direction",
    "FuturesGridOrder": ".futures_grid_order",
    "FuturesGridOrderData": ".futures_grid_order_data",
    "FuturesGridOrderDataCateType": ".futures_grid_order_data_cate_type",
    "FuturesGridOrderDataCloseOrderType": ".futures_grid_order_data_close_order_type",
    "FuturesGridOrderDataCloseSellModel": ".futures_grid_order_data_close_sell_model",
    "FuturesGridOrderDataGridType": ".futures_grid_order_data_grid_type",
    "FuturesGridOrderDataInvestmentFrom": ".futures_grid_order_data_investment_from",
    "FuturesGridOrderDataLossStopType": ".futures_grid_order_data_loss_stop_type",
    "FuturesGridOrderDataMarginStatus": ".futures_grid_order_data_margin_status",
    "FuturesGridOrderDataNotionalStatus": ".futures_grid_order_data_notional_status",
    "FuturesGridOrderDataProfitStopType": ".futures_grid_order_data_profit_stop_type",
    "FuturesGridOrderDataReasonBy": ".futures_grid_order_data_reason_by",
    "FuturesGridOrderDataRiskStatus": ".futures_grid_order_data_risk_status",
    "FuturesGridOrderDataStatus": ".futures_grid_order_data_status",
    "FuturesGridOrderDataTrend": ".futures_grid_order_data_trend",
    "FuturesGridOrderDataType": ".futures_grid_order_data_type",
    "FuturesGridReduceResult": ".futures_grid_reduce_result",
    "FuturesGridReduceResultReason": ".futures_grid_reduce_result_reason",
    "FuturesGridReduceTrigger": ".futures_grid_reduce_trigger",
    "FuturesGridReduceTriggerConditionDirection": ".futures_grid_reduce_trigger_condition_direction",
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
    "InstFundAccount": ".inst_fund_account",
    "InstFundCreateWithdrawBody": ".inst_fund_create_withdraw_body",
    "InstFundCreateWithdrawResponse200": ".inst_fund_create_withdraw_response_200",
    "InstFundDeposit": ".inst_fund_deposit",
    "InstFundDepositList": ".inst_fund_deposit_list",
    "InstFundFee": ".inst_fund_fee",
    "InstFundGetAccountResponse200": ".inst_fund_get_account_response_200",
    "InstFundGetDepositsResponse200": ".inst_fund_get_deposits_response_200",
    "InstFundGetFeeDirection": ".inst_fund_get_fee_direction",
    "InstFundGetFeeResponse200": ".inst_fund_get_fee_response_200",
    "InstFundGetWithdrawAccountsResponse200": ".inst_fund_get_withdraw_accounts_response_200",
    "InstFundGetWithdrawsResponse200": ".inst_fund_get_withdraws_response_200",
    "InstFundWithdrawAccount": ".inst_fund_withdraw_account",
    "InstFundWithdrawAccountList": ".inst_fund_withdraw_account_list",
    "InstFundWithdrawal": ".inst_fund_withdrawal",
    "InstFundWithdrawalList": ".inst_fund_withdrawal_list",
    "IsolatedModeSetting": ".isolated_mode_setting",
    "IsolatedModeSettingIsolatedMode": ".isolated_mode_setting_isolated_mode",
    "Kline": ".kline",
    "KlineList": ".kline_list",
    "KolCopyTradeList": ".kol_copy_trade_list",
    "KolCopyTradeOrder": ".kol_copy_trade_order",
    "KolCopyTradeOrderBuOrderType": ".kol_copy_trade_order_bu_order_type",
    "KolCopyTradeOrderData": ".kol_copy_trade_order_data",
    "KolCopyTradeOrderDataConditionDirection": ".kol_copy_trade_order_data_condition_direction",
    "KolCopyTradeOrderDataTrend": ".kol_copy_trade_order_data_trend",
    "KolFilterOptions": ".kol_filter_options",
    "KolFilterOptionsTrendListItem": ".kol_filter_options_trend_list_item",
    "KolGroupInfo": ".kol_group_info",
    "KolInfo": ".kol_info",
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
    "OverviewFuturesBalance": ".overview_futures_balance",
    "OverviewPosition": ".overview_position",
    "OverviewPositionIsolatedMode": ".overview_position_isolated_mode",
    "OverviewPositionPositionSide": ".overview_position_position_side",
    "PartnerCheckUserQualificationResponse200": ".partner_check_user_qualification_response_200",
    "PartnerGetUserTradingVolumeResponse200": ".partner_get_user_trading_volume_response_200",
    "PartnerQualification": ".partner_qualification",
    "PartnerTradingStat": ".partner_trading_stat",
    "PartnerTradingVolume": ".partner_trading_volume",
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
    "SignalAction": ".signal_action",
    "SignalActionAction": ".signal_action_action",
    "SignalActionDirection": ".signal_action_direction",
    "SmartCopyCancelled": ".smart_copy_cancelled",
    "SmartCopyCheckResult": ".smart_copy_check_result",
    "SmartCopyCreateOrderData": ".smart_copy_create_order_data",
    "SmartCopyCreated": ".smart_copy_created",
    "SmartCopyOrder": ".smart_copy_order",
    "SmartCopyOrderBuOrderType": ".smart_copy_order_bu_order_type",
    "SmartCopyOrderData": ".smart_copy_order_data",
    "SmartCopyOrderDataReasonBy": ".smart_copy_order_data_reason_by",
    "SmartCopyOrderDataTradeType": ".smart_copy_order_data_trade_type",
    "SmartCopyPortfolioEntry": ".smart_copy_portfolio_entry",
    "SmartCopyPortfolioItem": ".smart_copy_portfolio_item",
    "SpotGridAction": ".spot_grid_action",
    "SpotGridAiStrategy": ".spot_grid_ai_strategy",
    "SpotGridAiStrategyOption": ".spot_grid_ai_strategy_option",
    "SpotGridCheckOrderData": ".spot_grid_check_order_data",
    "SpotGridCheckOrderDataConditionDirection": ".spot_grid_check_order_data_condition_direction",
    "SpotGridCheckOrderDataGridType": ".spot_grid_check_order_data_grid_type",
    "SpotGridCheckResult": ".spot_grid_check_result",
    "SpotGridCreateOrderData": ".spot_grid_create_order_data",
    "SpotGridCreateOrderDataCloseSellModel": ".spot_grid_create_order_data_close_sell_model",
    "SpotGridCreateOrderDataConditionDirection": ".spot_grid_create_order_data_condition_direction",
    "SpotGridCreateOrderDataGridType": ".spot_grid_create_order_data_grid_type",
    "SpotGridCreateOrderDataLossStopType": ".spot_grid_create_order_data_loss_stop_type",
    "SpotGridCreateOrderDataProfitStopType": ".spot_grid_create_order_data_profit_stop_type",
    "SpotGridOrder": ".spot_grid_order",
    "SpotGridOrderBuOrderType": ".spot_grid_order_bu_order_type",
    "SpotGridOrderData": ".spot_grid_order_data",
    "SpotGridOrderDataCloseSellModel": ".spot_grid_order_data_close_sell_model",
    "SpotGridOrderDataConditionDirection": ".spot_grid_order_data_condition_direction",
    "SpotGridOrderDataGridType": ".spot_grid_order_data_grid_type",
    "SpotGridOrderDataLossStopType": ".spot_grid_order_data_loss_stop_type",
    "SpotGridOrderDataProfitStopType": ".spot_grid_order_data_profit_stop_type",
    "SpotGridOrderDataReasonBy": ".spot_grid_order_data_reason_by",
    "SpotGridOrderDataStatus": ".spot_grid_order_data_status",
    "SpotGridOrderDataTrend": ".spot_grid_order_data_trend",
    "SpotGridProfitTransfer": ".spot_grid_profit_transfer",
    "SymbolInfo": ".symbol_info",
    "SymbolInfoContractType": ".symbol_info_contract_type",
    "SymbolInfoStatus": ".symbol_info_status",
    "SymbolInfoType": ".symbol_info_type",
    "SymbolList": ".symbol_list",
    "Ticker": ".ticker",
    "TickerList": ".ticker_list",
    "TraderAccountBalances": ".trader_account_balances",
    "TradingViewConfig": ".trading_view_config",
    "TransferRecord": ".transfer_record",
    "TransferRecordFromAccount": ".transfer_record_from_account",
    "TransferRecordList": ".transfer_record_list",
    "TransferRecordReason": ".transfer_record_reason",
    "TransferRecordStatus": ".transfer_record_status",
    "TransferRecordToAccount": ".transfer_record_to_account",
    "TransferResult": ".transfer_result",
    "TransferResultStatus": ".transfer_result_status",
    "UserSignal": ".user_signal",
    "UserSignalList": ".user_signal_list",
    "WalletGetBalancesFullResponse200": ".wallet_get_balances_full_response_200",
}
"""Model name -> its module, relative to this package."""

__all__ = (
    "AccountDetail",
    "AccountDetailBalance",
    "AccountDetailPosition",
    "AccountDetailPositionBalance",
    "AccountDetailPositionIsolatedMode",
    "AccountDetailPositionPositionSide",
    "ArbitrageBalance",
    "ArbitrageBalances",
    "ArbitrageCoin",
    "ArbitrageProduct",
    "ArbitrageProducts",
    "ArbitrageStakeRequest",
    "ArbitrageStakeResult",
    "ArbitrageUnstakeRequest",
    "ArbitrageUnstakeResult",
    "Balance",
    "BalanceCategory",
    "BalanceEntry",
    "BalanceList",
    "BalancePrice",
    "BalancesFull",
    "BalancesFullPrices",
    "BaseResponse",
    "BookTicker",
    "BookTickers",
    "BotAccountBalances",
    "BotFuturesGridAdjustParamsBody",
    "BotFuturesGridAdjustParamsBodyConditionDirection",
    "BotFuturesGridAdjustParamsBodyInvestmentFrom",
    "BotFuturesGridAdjustParamsBodyType",
    "BotFuturesGridCancelBody",
    "BotFuturesGridCancelBodyCloseSellModel",
    "BotFuturesGridCheckParamsBody",
    "BotFuturesGridCheckParamsResponse200",
    "BotFuturesGridCreateBody",
    "BotFuturesGridCreateResponse200",
    "BotFuturesGridGetOrderResponse200",
    "BotFuturesGridReduceBody",
    "BotFuturesGridReduceBodyConditionDirection",
    "BotFuturesGridReduceResponse200",
    "BotKolListCopyTradeBotsBuOrderType",
    "BotKolListCopyTradeBotsDirection",
    "BotKolListCopyTradeBotsResponse200",
    "BotKolListCopyTradeBotsTrend",
    "BotOrder",
    "BotOrderBuOrderType",
    "BotOrderData",
    "BotOrderDataCateType",
    "BotOrderDataCloseOrderType",
    "BotOrderDataCloseSellModel",
    "BotOrderDataConditionDirection",
    "BotOrderDataGridType",
    "BotOrderDataInvestmentFrom",
    "BotOrderDataLossStopType",
    "BotOrderDataMarginStatus",
    "BotOrderDataNotionalStatus",
    "BotOrderDataProfitStopType",
    "BotOrderDataReasonBy",
    "BotOrderDataRiskStatus",
    "BotOrderDataTradeType",
    "BotOrderDataTrend",
    "BotOrderDataType",
    "BotOrderList",
    "BotOrdersListResponse200",
    "BotOrdersListStatus",
    "BotSignalsCreateBody",
    "BotSignalsCreateResponse200",
    "BotSignalsEditBody",
    "BotSignalsGetResponse200",
    "BotSignalsListResponse200",
    "BotSignalsPushBody",
    "BotSmartCopyCancelBody",
    "BotSmartCopyCancelResponse200",
    "BotSmartCopyCheckParamsBody",
    "BotSmartCopyCheckParamsResponse200",
    "BotSmartCopyCreateBody",
    "BotSmartCopyCreateResponse200",
    "BotSmartCopyGetOrderResponse200",
    "BotSpotGridAdjustParamsBody",
    "BotSpotGridAdjustParamsResponse200",
    "BotSpotGridCancelBody",
    "BotSpotGridCancelBodyCloseSellModel",
    "BotSpotGridCheckParamsBody",
    "BotSpotGridCheckParamsResponse200",
    "BotSpotGridCreateBody",
    "BotSpotGridCreateResponse200",
    "BotSpotGridExtractProfitBody",
    "BotSpotGridExtractProfitResponse200",
    "BotSpotGridGetAiStrategyResponse200",
    "BotSpotGridGetOrderResponse200",
    "BotSpotGridInvestInBody",
    "BotSpotGridInvestInResponse200",
    "CancelAllOrdersBody",
    "CancelOrderBody",
    "DualBalance",
    "DualBalanceList",
    "DualCoin",
    "DualCoinList",
    "DualCollectRequest",
    "DualCollected",
    "DualDeliveryPrice",
    "DualDeliveryPriceList",
    "DualIndex",
    "DualInvestRequest",
    "DualInvested",
    "DualInvestsRequest",
    "DualPrice",
    "DualPriceList",
    "DualProduct",
    "DualProductList",
    "DualProductType",
    "DualRecord",
    "DualRecordList",
    "DualRecordType",
    "DualRevokeRequest",
    "DualRevoked",
    "EarnArbitrageGetBalancesResponse200",
    "EarnArbitrageGetProductsResponse200",
    "EarnArbitrageStakeResponse200",
    "EarnArbitrageUnstakeResponse200",
    "EarnDualCollectResponse200",
    "EarnDualGetBalancesResponse200",
    "EarnDualGetDeliveryPricesQuote",
    "EarnDualGetDeliveryPricesResponse200",
    "EarnDualGetIndexQuote",
    "EarnDualGetIndexResponse200",
    "EarnDualGetInvestsResponse200",
    "EarnDualGetOpenProductsQuote",
    "EarnDualGetOpenProductsResponse200",
    "EarnDualGetOpenProductsType",
    "EarnDualGetPricesQuote",
    "EarnDualGetPricesResponse200",
    "EarnDualGetRecordsResponse200",
    "EarnDualGetSymbolsResponse200",
    "EarnDualInvestResponse200",
    "EarnDualRevokeInvestResponse200",
    "ErrorResponse",
    "ErrorResponseCode",
    "ErrorResponseData",
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
    "FuturesCategory",
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
    "FuturesGridCheckOrderData",
    "FuturesGridCheckOrderDataConditionDirection",
    "FuturesGridCheckOrderDataGridType",
    "FuturesGridCheckOrderDataTrend",
    "FuturesGridCheckResult",
    "FuturesGridCreateOrderData",
    "FuturesGridCreateOrderDataCateType",
    "FuturesGridCreateOrderDataConditionDirection",
    "FuturesGridCreateOrderDataGridType",
    "FuturesGridCreateOrderDataInvestmentFrom",
    "FuturesGridCreateOrderDataLossStopType",
    "FuturesGridCreateOrderDataProfitStopType",
    "FuturesGridCreateOrderDataTrend",
    "FuturesGridCreated",
    "FuturesGridInvestTrigger",
    "FuturesGridInvestTriggerConditionDirection",
    "FuturesGridOrder",
    "FuturesGridOrderData",
    "FuturesGridOrderDataCateType",
    "FuturesGridOrderDataCloseOrderType",
    "FuturesGridOrderDataCloseSellModel",
    "FuturesGridOrderDataGridType",
    "FuturesGridOrderDataInvestmentFrom",
    "FuturesGridOrderDataLossStopType",
    "FuturesGridOrderDataMarginStatus",
    "FuturesGridOrderDataNotionalStatus",
    "FuturesGridOrderDataProfitStopType",
    "FuturesGridOrderDataReasonBy",
    "FuturesGridOrderDataRiskStatus",
    "FuturesGridOrderDataStatus",
    "FuturesGridOrderDataTrend",
    "FuturesGridOrderDataType",
    "FuturesGridReduceResult",
    "FuturesGridReduceResultReason",
    "FuturesGridReduceTrigger",
    "FuturesGridReduceTriggerConditionDirection",
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
    "InstFundAccount",
    "InstFundCreateWithdrawBody",
    "InstFundCreateWithdrawResponse200",
    "InstFundDeposit",
    "InstFundDepositList",
    "InstFundFee",
    "InstFundGetAccountResponse200",
    "InstFundGetDepositsResponse200",
    "InstFundGetFeeDirection",
    "InstFundGetFeeResponse200",
    "InstFundGetWithdrawAccountsResponse200",
    "InstFundGetWithdrawsResponse200",
    "InstFundWithdrawAccount",
    "InstFundWithdrawAccountList",
    "InstFundWithdrawal",
    "InstFundWithdrawalList",
    "IsolatedModeSetting",
    "IsolatedModeSettingIsolatedMode",
    "Kline",
    "KlineList",
    "KolCopyTradeList",
    "KolCopyTradeOrder",
    "KolCopyTradeOrderBuOrderType",
    "KolCopyTradeOrderData",
    "KolCopyTradeOrderDataConditionDirection",
    "KolCopyTradeOrderDataTrend",
    "KolFilterOptions",
    "KolFilterOptionsTrendListItem",
    "KolGroupInfo",
    "KolInfo",
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
    "OverviewFuturesBalance",
    "OverviewPosition",
    "OverviewPositionIsolatedMode",
    "OverviewPositionPositionSide",
    "PartnerCheckUserQualificationResponse200",
    "PartnerGetUserTradingVolumeResponse200",
    "PartnerQualification",
    "PartnerTradingStat",
    "PartnerTradingVolume",
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
    "SignalAction",
    "SignalActionAction",
    "SignalActionDirection",
    "SmartCopyCancelled",
    "SmartCopyCheckResult",
    "SmartCopyCreateOrderData",
    "SmartCopyCreated",
    "SmartCopyOrder",
    "SmartCopyOrderBuOrderType",
    "SmartCopyOrderData",
    "SmartCopyOrderDataReasonBy",
    "SmartCopyOrderDataTradeType",
    "SmartCopyPortfolioEntry",
    "SmartCopyPortfolioItem",
    "SpotGridAction",
    "SpotGridAiStrategy",
    "SpotGridAiStrategyOption",
    "SpotGridCheckOrderData",
    "SpotGridCheckOrderDataConditionDirection",
    "SpotGridCheckOrderDataGridType",
    "SpotGridCheckResult",
    "SpotGridCreateOrderData",
    "SpotGridCreateOrderDataCloseSellModel",
    "SpotGridCreateOrderDataConditionDirection",
    "SpotGridCreateOrderDataGridType",
    "SpotGridCreateOrderDataLossStopType",
    "SpotGridCreateOrderDataProfitStopType",
    "SpotGridOrder",
    "SpotGridOrderBuOrderType",
    "SpotGridOrderData",
    "SpotGridOrderDataCloseSellModel",
    "SpotGridOrderDataConditionDirection",
    "SpotGridOrderDataGridType",
    "SpotGridOrderDataLossStopType",
    "SpotGridOrderDataProfitStopType",
    "SpotGridOrderDataReasonBy",
    "SpotGridOrderDataStatus",
    "SpotGridOrderDataTrend",
    "SpotGridProfitTransfer",
    "SymbolInfo",
    "SymbolInfoContractType",
    "SymbolInfoStatus",
    "SymbolInfoType",
    "SymbolList",
    "Ticker",
    "TickerList",
    "TraderAccountBalances",
    "TradingViewConfig",
    "TransferRecord",
    "TransferRecordFromAccount",
    "TransferRecordList",
    "TransferRecordReason",
    "TransferRecordStatus",
    "TransferRecordToAccount",
    "TransferResult",
    "TransferResultStatus",
    "UserSignal",
    "UserSignalList",
    "WalletGetBalancesFullResponse200",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
