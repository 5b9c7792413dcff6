"""What can go wrong talking to WeChat, and how the login endpoints answer it.

WeChat reports most errors as `errcode` in a 200 body (`WeChatError`); a network failure, a timeout or a broken
answer is `WeChatUnavailable`. `to_api_error` is the one place that turns either into our problem+json errors.
"""
from __future__ import annotations

import re

from app.errors import ApiError
from app.i18n import _l

BUSY = -1
INVALID_CODE = 40029
CODE_USED = 40163
RATE_LIMITED = 45011
HIGH_RISK_USER = 40226
NOT_SUBSCRIBED = 43101
BAD_TEMPLATE_DATA = 47003
# The access token is wrong, expired or does not belong to us: refresh it and try once more.
TOKEN_ERRORS = frozenset({40001, 42001, 40014})


class WeChatError(Exception):
    """WeChat answered with a non-zero errcode."""

    def __init__(self, errcode: int, errmsg: str = ""):
        super().__init__(f"WeChat errcode {errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg

    @property
    def field(self) -> str | None:
        """For 47003: the template field WeChat refused ("argument invalid! data.thing1.value exceeds limit")."""
        match = re.search(r"data\.(\w+?)\.value", self.errmsg or "")
        return match.group(1) if match else None


class WeChatUnavailable(Exception):
    """WeChat could not be reached, timed out, or answered with something that is not its JSON."""


class WeChatBusy(WeChatUnavailable):
    """This worker already has as many WeChat calls in flight as it allows (WECHAT_MAX_IN_FLIGHT): not tried."""


def to_api_error(exc: WeChatError | WeChatUnavailable) -> ApiError:
    """The answer a login endpoint gives when WeChat fails it. Never a 500."""
    if isinstance(exc, WeChatError):
        if exc.errcode in (INVALID_CODE, CODE_USED):
            return ApiError.unauthorized(_l("The WeChat login code is invalid or was already used; "
                                            "call wx.login again."),
                                         code="wechat_code_invalid")
        if exc.errcode == RATE_LIMITED:
            return ApiError(429, "wechat_rate_limited", _l("WeChat is limiting requests; try again in a minute."),
                            headers={"Retry-After": "60"})
        if exc.errcode == HIGH_RISK_USER:
            return ApiError.forbidden(_l("WeChat has flagged this account as high risk."), code="wechat_user_risky")
    if isinstance(exc, WeChatBusy):
        return ApiError(503, "wechat_busy", _l("Too many WeChat sign-ins at this moment; try again in a few seconds."),
                        headers={"Retry-After": "2"})
    return ApiError(503, "wechat_unavailable", _l("WeChat cannot be reached right now; try again shortly."),
                    headers={"Retry-After": "5"})
