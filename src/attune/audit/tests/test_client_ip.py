"""Behind a proxy every caller arrives from the proxy's address: rate limits and the audit log
must use the caller's address the proxy recorded, and never one the caller wrote itself."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory

from attune.audit.middleware import client_ip

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()


def _ip(forwarded: str | None, remote: str = "10.0.0.2") -> str | None:
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


def test_forwarded_header_is_ignored_without_trusted_proxies(settings: object) -> None:
    settings.ATTUNE_TRUSTED_PROXY_COUNT = 0
    assert _ip("203.0.113.9") == "10.0.0.2"


def test_one_trusted_proxy_gives_the_address_it_saw_not_a_forged_one(settings: object) -> None:
    settings.ATTUNE_TRUSTED_PROXY_COUNT = 1
    assert _ip("203.0.113.9") == "203.0.113.9"
    assert _ip("198.51.100.1, 203.0.113.9") == "203.0.113.9"  # the left entry is the caller's
    assert _ip("not-an-address") == "10.0.0.2"
    assert _ip(None) == "10.0.0.2"


def test_two_trusted_proxies_take_the_second_entry_from_the_right(settings: object) -> None:
    settings.ATTUNE_TRUSTED_PROXY_COUNT = 2
    assert _ip("198.51.100.1, 203.0.113.9, 10.0.0.7") == "203.0.113.9"


def test_api_ip_limit_counts_each_caller_behind_the_proxy(settings: object) -> None:
    settings.ATTUNE_TRUSTED_PROXY_COUNT = 1
    settings.ATTUNE_API_RATE_PER_IP = 2

    def status(forwarded: str) -> int:
        return (
            Client(REMOTE_ADDR="10.0.0.2")
            .get("/api/v1/me", HTTP_X_FORWARDED_FOR=forwarded)
            .status_code
        )

    assert [status("203.0.113.9") for _ in range(3)] == [401, 401, 429]
    assert status("203.0.113.10") == 401  # another caller through the same proxy
    assert status("1.2.3.4, 203.0.113.9") == 429  # a forged entry does not reset the count
