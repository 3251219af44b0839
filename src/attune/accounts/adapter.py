from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpRequest

from attune.audit.middleware import client_ip
from attune.core import crypto

from .invitations import session_invitation
from .selectors import is_staff_member


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return session_invitation(request) is not None or bool(settings.ATTUNE_SELF_SIGNUP)

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        # allauth keys failed-login limits on the email alone, which lets anyone lock a person
        # out by typing their address. Keying on (email, IP) keeps brute-force protection
        # per source without handing out that lever; the per-IP limit still applies on top.
        site = get_current_site(request)
        login = str(credentials.get("email", credentials.get("username", ""))).lower()
        return f"{site.domain}:{login}:{client_ip(request) or '-'}"


class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]
    def encrypt(self, text: str) -> str:
        return crypto.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return crypto.decrypt(encrypted_text)

    def can_delete_authenticator(self, authenticator: Any) -> bool:
        # Two-step sign-in is required for staff, so they cannot switch it off.
        return not is_staff_member(authenticator.user)
