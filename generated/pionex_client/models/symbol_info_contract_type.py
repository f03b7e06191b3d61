from typing import Literal

SymbolInfoContractType = Literal["PERPETUAL"]

SYMBOL_INFO_CONTRACT_TYPE_VALUES: set[SymbolInfoContractType] = {
    "PERPETUAL",
}


def check_symbol_info_contract_type(value: str) -> SymbolInfoContractType:
    if value in SYMBOL_INFO_CONTRACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYMBOL_INFO_CONTRACT_TYPE_VALUES!r}"
    )
