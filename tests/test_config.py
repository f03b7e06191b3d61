"""The client's options are declared once (pionex_wrapper/config.py) and read the same way by
both constructors, ``with_options`` and the environment."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

from pionex_wrapper import AsyncPionex, InvalidParameterError, Pionex
from pionex_wrapper.config import OPTIONS, Config, Options, Settings
from pionex_wrapper.ratelimit import RateLimiter
from tests.helpers import FAKE_KEY, FAKE_SECRET, Recorder

# A valid value for each option, different from its default.
SAMPLES: dict[str, Any] = {
    "api_key": FAKE_KEY,
    "api_secret": FAKE_SECRET,
    "base_url": "http://127.0.0.1:8000",
    "timeout": 3.5,
    "default_headers": {"X-Trace": "t-1"},
    "sync_clock": False,
    "max_retries": 4,
    "max_response_bytes": 1024,
    "rate_limit": "off",
    "rate_limiter": RateLimiter(),
    "market_rules": "auto",
    "user_agent": "mybot/1.2",
}


def test_every_declared_option_has_a_sample_and_the_declaration_is_the_typed_dicts() -> None:
    assert set(OPTIONS) == set(SAMPLES) == set(Options.__annotations__) | set(Settings.__annotations__)
    assert set(Options.__annotations__) - set(Settings.__annotations__) == {"api_key", "api_secret"}


@pytest.mark.parametrize("client_class", [Pionex, AsyncPionex])
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_option_reaches_the_config_of_both_clients(client_class: Any, name: str) -> None:
    client = client_class(**{name: SAMPLES[name]})
    value = client.config[name]
    if name in ("api_key", "api_secret"):
        assert value is None and client._core.auth.has_credentials is False  # half a pair: no credentials
    elif name == "default_headers":
        assert value["X-Trace"] == "t-1"
    else:
        assert value == SAMPLES[name] or value is SAMPLES[name]


TYPO: dict[str, Any] = {"timout": 1}  # mypy refuses the keyword itself (tests/test_typing.py)


def test_the_constructors_take_exactly_the_declared_options() -> None:
    for client_class in (Pionex, AsyncPionex):
        parameters = inspect.signature(client_class).parameters
        assert list(parameters)[:2] == ["api_key", "api_secret"] and "options" in parameters
        with pytest.raises(InvalidParameterError) as refused:
            client_class(**TYPO)
        assert refused.value.parameter == "timout" and "timeout" in str(refused.value)


@pytest.mark.parametrize("name", sorted(n for n, o in OPTIONS.items() if o.env))
def test_options_with_an_environment_variable_fall_back_to_it(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    option = OPTIONS[name]
    assert option.env is not None
    text = {"rate_limit": "fail", "base_url": "http://127.0.0.1:9"}.get(name, str(SAMPLES[name]))
    monkeypatch.setenv(option.env, text)
    assert Config.resolve({})[name] == text
    assert Config.resolve({name: None})[name] == text  # None: not given
    if name not in ("api_key", "api_secret"):
        other = {"rate_limit": "off", "base_url": "http://127.0.0.1:7"}.get(name, "other/9")
        assert Config.resolve({name: other})[name] == other  # given beats the environment


def test_a_bad_environment_value_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIONEX_RATE_LIMIT", "sometimes")
    with pytest.raises(InvalidParameterError) as refused:
        Pionex()
    assert refused.value.parameter == "PIONEX_RATE_LIMIT"


def test_with_options_changes_what_a_copy_may_change_and_refuses_the_rest() -> None:
    with Pionex(FAKE_KEY, FAKE_SECRET, default_headers={"X-A": "1"}) as client:
        copy = client.with_options(timeout=1, max_retries=0, default_headers={"X-B": "2"}, user_agent="desk/3")
        assert (copy.timeout, copy.config.max_retries, client.timeout) == (1.0, 0, 10.0)
        assert copy.config.default_headers["X-A"] == "1" and copy.config.default_headers["X-B"] == "2"
        assert copy._core.clock is client._core.clock and copy._core.market_rules is client._core.market_rules
        assert copy._core.auth is client._core.auth  # credentials unchanged
        for name in sorted(n for n, o in OPTIONS.items() if not o.copied):
            with pytest.raises(InvalidParameterError) as refused:
                client.with_options(**{name: SAMPLES[name]})
            assert refused.value.parameter == name
        with pytest.raises(InvalidParameterError) as half:
            client.with_options(api_key="other-key-NOT-REAL")
        assert half.value.parameter == "api_key" and "together" in str(half.value)
        other = client.with_options(api_key="other-key-NOT-REAL", api_secret="other-secret-NOT-REAL")
        assert other._core.auth is not client._core.auth and other._core.auth.has_credentials


def test_the_kept_config_is_frozen_and_holds_no_credentials() -> None:
    client = Pionex(FAKE_KEY, FAKE_SECRET)
    assert client.config.api_key is None and client.config.api_secret is None
    assert FAKE_SECRET not in repr(client.config) and FAKE_KEY not in repr(client.config)
    with pytest.raises(AttributeError):
        client.config.timeout = 5


def test_the_user_agent_option_end_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """The option added to show that one declaration is enough: constructor, environment,
    with_options, both clients."""
    recorder = Recorder()
    with Pionex(user_agent="mybot/1.2", transport=recorder.sync()) as client:
        client.market.get_tickers(symbol="BTC_USDT")
        client.with_options(user_agent="desk/3 (ops)").market.get_tickers(symbol="BTC_USDT")
    monkeypatch.setenv("PIONEX_USER_AGENT", "fromenv/1")

    async def main() -> None:
        async with AsyncPionex(transport=httpx.MockTransport(recorder)) as client:
            await client.market.get_tickers(symbol="BTC_USDT")

    asyncio.run(main())
    agents = [request.headers["User-Agent"] for request in recorder.requests]
    assert [agent.split(" ", 1)[1] for agent in agents] == ["mybot/1.2", "desk/3 (ops)", "fromenv/1"]
    assert all(agent.startswith("pionex-sdk-python/") for agent in agents)
    with pytest.raises(InvalidParameterError) as refused:
        Pionex(user_agent="bad\r\nX-Injected: 1")
    assert refused.value.parameter == "user_agent"
