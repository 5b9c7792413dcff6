"""Guess limits: how many wrong answers to a secret (a password at sign-in, the current password, a pickup code
looked up) a key may give per window.

Kept in the rate limiter's storage (`RATELIMIT_STORAGE_URI`: Redis shared by every worker when `REDIS_URL` is set,
else this process's memory), with the `limits` library's fixed windows. A guess is counted before the secret is
checked, so attempts sent in parallel cannot all slip under the limit while none has failed yet, and it is handed
back when the answer was right: only failures use a limit up, and a right answer is never refused because of
failures counted under another key.
"""
from __future__ import annotations

import logging
import math
import time
from contextlib import contextmanager

from flask import current_app
from limits import parse
from limits.strategies import FixedWindowRateLimiter

from app.errors import ApiError
from app.extensions import limiter
from app.i18n import _l

log = logging.getLogger(__name__)


def _strategy() -> FixedWindowRateLimiter:
    return FixedWindowRateLimiter(limiter.storage)


def too_many(retry_after: int, detail) -> ApiError:
    return ApiError(429, "rate_limited", detail, headers={"Retry-After": str(max(retry_after, 1))})


def count(*limits: tuple[str, str], detail=_l("Too many wrong attempts; try again later.")):
    """Count one guess against each `(limit, key)` ("10 per minute", "login:13800000001:10.0.0.1"); 429
    `rate_limited` with Retry-After when any of them is used up (and then nothing stays counted). Returns the
    function that hands the guess back, for when the answer turns out right."""
    if not limiter.enabled:
        return lambda: None
    strategy = _strategy()
    prefix = current_app.config["RATELIMIT_KEY_PREFIX"] or "vs"
    counted = []

    def give_back():
        for item_, key_ in counted:
            try:
                strategy.hit(item_, prefix, "guess", key_, cost=-1)
            except Exception as exc:  # the guess stays counted: the caller's answer stands all the same
                log.error("guess counter storage failed (%s): %s", type(exc).__name__, exc)

    for limit, key in limits:
        item = parse(limit)
        try:
            within = strategy.hit(item, prefix, "guess", key)
        except Exception as exc:  # Redis down or unreachable: refuse the guess (unlimited ones are the risk), no 500
            log.error("guess counter storage failed (%s): %s", type(exc).__name__, exc)
            raise ApiError(503, "service_unavailable", _l("Sign-in checks are unavailable for a moment; try again."),
                           headers={"Retry-After": "5"}) from None
        counted.append((item, key))
        if not within:
            give_back()  # this attempt is refused, so it is no guess
            reset_at = strategy.get_window_stats(item, prefix, "guess", key).reset_time
            log.info("guess limit %s reached for %s", limit, key.split(":", 1)[0])
            raise too_many(math.ceil(reset_at - time.time()), detail)
    return give_back


@contextmanager
def guess(*limits: tuple[str, str], detail=_l("Too many wrong attempts; try again later.")):
    """`count` around a block that checks the answer: if the block raises (a wrong answer) the guess stays
    counted; if it returns, the guess is handed back."""
    give_back = count(*limits, detail=detail)
    yield
    give_back()
