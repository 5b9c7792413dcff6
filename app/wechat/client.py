"""The WeChat server-API client: login codes, phone numbers, the shared access token and subscription messages.

Standard library HTTP (urllib) with short timeouts. Every failure is a `WeChatError` (WeChat's errcode) or a
`WeChatUnavailable` (network, timeout, a non-JSON answer); callers decide what that means for them. Busy answers
(errcode -1) are retried here with a short backoff; a rejected access token is refreshed and the call tried once
more. Secrets, codes, tokens and session keys are never logged, and `session_key` is dropped on arrival: nothing
here needs it (phone numbers come from `getuserphonenumber`, not from decrypting client data).
"""
from __future__ import annotations

import hashlib
import http.client
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta

from flask import current_app
from sqlalchemy import select, text

from app import clock
from app.db import unit_of_work
from app.extensions import db
from app.wechat.errors import BUSY, TOKEN_ERRORS, WeChatError, WeChatUnavailable
from app.wechat.messages import fit_data
from app.wechat.models import WeChatAccessToken

log = logging.getLogger(__name__)

# Stop using a token this long before WeChat says it expires (WeChat overlaps old and new for 5 minutes).
TOKEN_SAFETY_MARGIN = timedelta(minutes=5)


def _request(method: str, path: str, *, query: dict | None = None, body: dict | None = None) -> dict:
    """One round trip; WeChat's JSON answer, whatever its errcode."""
    config = current_app.config
    url = config["WECHAT_API_BASE"].rstrip("/") + path
    if query:
        url += "?" + urllib.parse.urlencode(query)
    data = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None
    headers = {"Content-Type": "application/json; charset=utf-8"} if data is not None else {}
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=config["WECHAT_TIMEOUT_SECONDS"]) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:  # WeChat answers errors with 200; anything else is its gateway failing
        exc.close()
        raise WeChatUnavailable(f"{path}: HTTP {exc.code}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:  # refused, reset, timed out
        reason = getattr(exc, "reason", None) or exc
        raise WeChatUnavailable(f"{path}: {type(exc).__name__}: {reason}") from None
    try:
        payload = json.loads(raw)
    except ValueError:
        raise WeChatUnavailable(f"{path}: the answer is not JSON") from None
    if not isinstance(payload, dict):
        raise WeChatUnavailable(f"{path}: the answer is not a JSON object")
    return payload


def _call(method: str, path: str, *, query: dict | None = None, body: dict | None = None) -> dict:
    """A round trip whose errcode must be 0; "system busy" (-1) is tried again with a doubling pause."""
    config = current_app.config
    retries = config["WECHAT_BUSY_RETRIES"]
    for attempt in range(retries + 1):
        payload = _request(method, path, query=query, body=body)
        try:
            errcode = int(payload.get("errcode") or 0)
        except (TypeError, ValueError):
            raise WeChatUnavailable(f"{path}: errcode is not a number") from None
        if errcode == 0:
            return payload
        error = WeChatError(errcode, str(payload.get("errmsg", ""))[:300])
        if errcode != BUSY or attempt == retries:
            raise error
        log.info("WeChat busy on %s; trying again (attempt %d)", path, attempt + 1)
        pause = config["WECHAT_BUSY_BACKOFF_SECONDS"] * 2**attempt
        if pause:
            time.sleep(pause)
    raise AssertionError("unreachable")


def code_to_session(code: str) -> dict:
    """`jscode2session`: the user behind a `wx.login` code, as `{"openid", "unionid"}` (unionid may be None)."""
    config = current_app.config
    payload = _call("GET", "/sns/jscode2session", query={
        "appid": config["WECHAT_APPID"], "secret": config["WECHAT_SECRET"],
        "js_code": code, "grant_type": "authorization_code",
    })
    openid = payload.get("openid")
    if not isinstance(openid, str) or not openid:
        raise WeChatUnavailable("/sns/jscode2session: no openid in the answer")
    unionid = payload.get("unionid")
    return {"openid": openid, "unionid": unionid if isinstance(unionid, str) and unionid else None}


def _fetch_access_token(*, force_refresh: bool) -> tuple[str, int]:
    config = current_app.config
    payload = _call("POST", "/cgi-bin/stable_token", body={
        "grant_type": "client_credential", "appid": config["WECHAT_APPID"], "secret": config["WECHAT_SECRET"],
        "force_refresh": force_refresh,
    })
    token, expires_in = payload.get("access_token"), payload.get("expires_in")
    if not isinstance(token, str) or not token or not isinstance(expires_in, int) or expires_in <= 0:
        raise WeChatUnavailable("/cgi-bin/stable_token: no token in the answer")
    return token, expires_in


def _usable(row: WeChatAccessToken | None, stale: str | None) -> bool:
    return (row is not None and bool(row.access_token) and row.expires_at is not None
            and row.expires_at > clock.now() and row.access_token != stale)


def _token_row(appid: str) -> WeChatAccessToken | None:
    return db.session.scalars(
        select(WeChatAccessToken).where(WeChatAccessToken.appid == appid).execution_options(populate_existing=True)
    ).one_or_none()


def _refresh_lock_key(appid: str) -> int:
    digest = hashlib.sha256(f"wechat-access-token:{appid}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def access_token(*, stale: str | None = None) -> str:
    """The shared access token, fetched from WeChat only when the cached one is missing, near its expiry, or is
    `stale` (WeChat just refused it).

    One refresh at a time across processes: the refresher holds a transaction-scoped lock (a PostgreSQL advisory
    lock; on SQLite, BEGIN IMMEDIATE already runs writers one at a time), and whoever waited behind it reads the
    new token instead of fetching another. Its own unit of work when called outside one (from the delivery job),
    so no database lock is held while WeChat is called next; inside a request it is part of the request's.
    """
    with unit_of_work(db.session):
        return _current_token(current_app.config["WECHAT_APPID"], stale)


def _current_token(appid: str, stale: str | None) -> str:
    row = _token_row(appid)
    if not _usable(row, stale):
        if db.session.get_bind().dialect.name == "postgresql":
            db.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _refresh_lock_key(appid)})
        row = _token_row(appid)  # again: another process may have refreshed while we waited
        if not _usable(row, stale):
            token, expires_in = _fetch_access_token(force_refresh=stale is not None)
            lifetime = timedelta(seconds=expires_in)
            if row is None:
                row = WeChatAccessToken(appid=appid)
                db.session.add(row)
            row.access_token = token
            row.expires_at = clock.now() + max(lifetime - TOKEN_SAFETY_MARGIN, lifetime / 2)
            row.refreshed_at = clock.now()
            log.info("WeChat access token refreshed (%s)", "forced" if stale else "expiring")
    return row.access_token


def _call_with_token(path: str, body: dict) -> dict:
    token = access_token()
    try:
        return _call("POST", path, query={"access_token": token}, body=body)
    except WeChatError as exc:
        if exc.errcode not in TOKEN_ERRORS:
            raise
        log.warning("WeChat refused the access token on %s (errcode %d); refreshing it", path, exc.errcode)
    return _call("POST", path, query={"access_token": access_token(stale=token)}, body=body)


def phone_number(code: str) -> str:
    """`getuserphonenumber`: the phone number behind a phone-button code; mainland numbers without +86."""
    payload = _call_with_token("/wxa/business/getuserphonenumber", {"code": code})
    info = payload.get("phone_info") if isinstance(payload.get("phone_info"), dict) else {}
    number, country = info.get("purePhoneNumber"), str(info.get("countryCode") or "86")
    if not isinstance(number, str) or not number.isdigit():
        raise WeChatUnavailable("/wxa/business/getuserphonenumber: no phone number in the answer")
    return number if country == "86" else f"+{country}{number}"


def send_subscribe_message(*, openid: str, template_id: str, fields: dict, page: str | None = None) -> None:
    """`subscribe/send`: one subscription message; `fields` like {"thing1": "...", "time2": datetime}, each value
    fitted to WeChat's limits for its kind."""
    body = {
        "touser": openid, "template_id": template_id, "data": fit_data(fields),
        "miniprogram_state": current_app.config["WECHAT_MINIPROGRAM_STATE"], "lang": "zh_CN",
    }
    if page:
        body["page"] = page
    _call_with_token("/cgi-bin/message/subscribe/send", body)
