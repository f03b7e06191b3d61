"""What ``import pionex_wrapper`` loads, and the lazily served names behind it.

``make bench`` (section 4) times the import against ``import httpx`` in an environment holding
only this package; these tests pin what that figure depends on without timing anything: the
modules a bare import must not load (each one is loaded on first use instead), and that every
public name is still there for ``from pionex_wrapper import ...``, ``dir()`` and type checkers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pionex_wrapper
from pionex_wrapper.operation import CallOptions, Param
from pionex_wrapper.record import Value

ROOT = Path(__file__).resolve().parents[1]

# Loaded on first use, never by the import itself: reply decoding (msgspec and its typing_extensions,
# uuid, decimal parsing), the generated low-level client and request builders (attrs), the API
# areas, streams (websockets, asyncio), rules, pagination, the sandbox and Redis.
DEFERRED = (
    "msgspec",
    "attr",
    "attrs",
    "typing_extensions",
    "uuid",
    "platform",
    "asyncio",
    "websockets",
    "redis",
    "pionex_sandbox",
    "pionex_client.client",
    "pionex_client.api",
    "pionex_client.models",
    "pionex_client.streams",
    "pionex_client.facade.models",
    "pionex_client.facade._shared",
    "pionex_client.facade.market",
    "pionex_client.facade.trade",
    "pionex_client.facade.futures_trade",
    "pionex_wrapper.decoding",
    "pionex_wrapper.model",
    "pionex_wrapper.streams",
    "pionex_wrapper.rules",
    "pionex_wrapper.pagination",
    "pionex_wrapper.profiles",
    "pionex_wrapper.prepared",
    "tomllib",
)


def _fresh(code: str) -> str:
    """stdout of ``code`` run by a new interpreter that finds this checkout first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIONEX_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _loaded_after(code: str) -> set[str]:
    return set(json.loads(_fresh(f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))")))


def _under(loaded: set[str], package: str) -> list[str]:
    return sorted(m for m in loaded if m == package or m.startswith(package + "."))


def test_a_bare_import_loads_none_of_what_is_deferred() -> None:
    loaded = _loaded_after("import pionex_wrapper")
    assert {"pionex_wrapper", "pionex_wrapper.client", "httpx"} <= loaded  # the client itself is not deferred
    loaded -= _loaded_after("import httpx")  # what httpx brings (with click installed, it imports uuid)
    found = {name: _under(loaded, name) for name in DEFERRED}
    assert {name: modules for name, modules in found.items() if modules} == {}


def test_making_a_client_loads_no_area_and_no_decoding() -> None:
    loaded = _loaded_after("import pionex_wrapper\nclient = pionex_wrapper.Pionex(rate_limit='off')")
    assert not [m for name in ("msgspec", "attrs", "pionex_client.facade.market") for m in _under(loaded, name)]


def test_the_deferred_modules_load_on_first_use() -> None:
    loaded = _loaded_after(
        "import httpx, pionex_wrapper\n"
        'reply = b\'{"result":true,"data":{"bids":[["1.5","2"]],"asks":[]},"timestamp":1767225600000}\'\n'
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, content=reply))\n"
        "with pionex_wrapper.Pionex(transport=transport, rate_limit='off') as client:\n"
        "    assert str(client.market.get_market_depth(symbol='BTC_USDT').bids[0][0]) == '1.5'\n"
    )
    assert {"msgspec", "attrs", "pionex_wrapper.decoding", "pionex_client.facade.market"} <= loaded
    # The market area's request builders import their own low-level models, not every area's.
    assert "pionex_client.models.get_market_depth_response_200" in loaded
    assert not {"pionex_client.models.new_order_request", "pionex_client.models.futures_update_leverage_body"} & loaded
    assert "pionex_client.facade.trade" not in loaded


def test_every_public_name_is_listed_and_served() -> None:
    names = pionex_wrapper.__all__
    assert len(names) == len(set(names))
    assert set(names) <= set(dir(pionex_wrapper))
    served = json.loads(
        _fresh(
            "import json, pionex_wrapper\n"
            "names = pionex_wrapper.__all__\n"
            "listed = set(dir(pionex_wrapper))\n"
            "ns = {}\n"
            "exec('from pionex_wrapper import *', ns)\n"
            "print(json.dumps([n for n in names if n not in listed or n not in ns or ns[n] is None]))"
        )
    )
    assert served == []
    for name in ("Model", "UnknownValue", "MarketDepth", "OPERATIONS", "MarketRules"):
        assert getattr(pionex_wrapper, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'NoSuchName'"):
        pionex_wrapper.NoSuchName  # type: ignore[attr-defined]  # noqa: B018


# -- record.Value: what operation.py's types are declared with instead of frozen dataclasses -----


class _Point(Value):
    x: int
    y: int
    label: str = ""
    tags: tuple[str, ...] = ()


def test_a_value_is_built_by_position_or_keyword_with_defaults() -> None:
    point = _Point(1, 2, tags=("a",))
    assert (point.x, point.y, point.label, point.tags) == (1, 2, "", ("a",))
    assert repr(point) == "_Point(x=1, y=2, label='', tags=('a',))"
    assert _Point.__fields__ == ("x", "y", "label", "tags")


def test_a_value_is_equal_and_hashed_by_its_fields_and_class() -> None:
    assert _Point(1, 2) == _Point(x=1, y=2, label="")
    assert _Point(1, 2) != _Point(1, 3)
    assert hash(_Point(1, 2)) == hash(_Point(1, 2, ""))
    assert len({_Point(1, 2), _Point(1, 2), _Point(2, 1)}) == 2

    class Other(Value):
        x: int
        y: int

    assert _Point(1, 2) != Other(1, 2)


def test_a_value_is_frozen() -> None:
    point = _Point(1, 2)
    with pytest.raises(AttributeError, match="frozen"):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(AttributeError, match="frozen"):
        del point.label  # type: ignore[misc]
    assert point.x == 1


@pytest.mark.parametrize(
    ("args", "kwargs", "problem"),
    [
        ((1,), {}, "missing 'y'"),
        ((1, 2), {"z": 3}, "no field 'z'"),
        ((1, 2), {"x": 3}, "two values for 'x'"),
        ((1, 2, "", (), 5), {}, "takes 4 arguments, 5 given"),
    ],
)
def test_a_value_refuses_wrong_arguments(args: tuple[object, ...], kwargs: dict[str, object], problem: str) -> None:
    with pytest.raises(TypeError, match=problem):
        _Point(*args, **kwargs)


def test_a_value_refuses_a_field_without_default_after_one_with() -> None:
    with pytest.raises(TypeError, match="'y' without a default follows one with a default"):

        class Bad(Value):
            x: int = 0
            y: int


def test_a_subclass_adds_its_fields_after_its_bases() -> None:
    class Labelled(_Point):
        colour: str = "red"

    assert Labelled.__fields__ == ("x", "y", "label", "tags", "colour")
    assert Labelled(1, 2).colour == "red"


def test_the_operation_types_behave_as_the_frozen_dataclasses_they_were() -> None:
    param = Param("symbol", "symbol", "query", True, "string", min_length=3)
    assert param == Param("symbol", "symbol", "query", True, "string", min_length=3)
    assert param.max_length is None and param.description == ""
    with pytest.raises(AttributeError):
        param.name = "other"  # type: ignore[misc]
    assert CallOptions() == CallOptions(extra_headers=None)
    assert CallOptions(max_retries=3).max_retries == 3
    with pytest.raises(AttributeError):
        CallOptions().timeout = 1.0  # type: ignore[misc]
