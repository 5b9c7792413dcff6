"""Mini-program sign-in with a `wx.login` code, and binding the phone number WeChat vouches for."""
from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.accounts import service as accounts_service
from app.accounts.models import User
from app.errors import ApiError
from app.extensions import db
from app.wechat import client
from app.wechat.errors import WeChatError, WeChatUnavailable, to_api_error

log = logging.getLogger(__name__)


def get_by_openid(*, openid: str) -> User | None:
    return db.session.scalar(select(User).where(User.openid == openid))


def _ask_wechat(call, *args):
    try:
        return call(*args)
    except (WeChatError, WeChatUnavailable) as exc:
        log.warning("WeChat %s failed: %s", call.__name__, exc)
        raise to_api_error(exc) from exc


def sign_in_with_code(*, code: str) -> dict:
    """POST /auth/wechat: find or create the user by openid (keeping the unionid when WeChat gives one) and sign
    them in. WeChat is asked before the database is touched, so no transaction waits on it."""
    identity = _ask_wechat(client.code_to_session, code)
    user = _find_or_create(openid=identity["openid"], unionid=identity["unionid"])
    if user.disabled_at is not None:
        raise ApiError.unauthorized("This account is disabled.", code="user_inactive")
    return accounts_service.sign_in(user=user)


def _find_or_create(*, openid: str, unionid: str | None) -> User:
    user = get_by_openid(openid=openid)
    if user is None:
        try:
            with db.session.begin_nested():
                user = accounts_service.create(phone=None, openid=openid, unionid=unionid)
        except IntegrityError:
            # Two first sign-ins at once (a mini-program often calls wx.login twice on launch): the other won.
            user = get_by_openid(openid=openid)
            if user is None:
                raise
    if unionid and user.unionid != unionid:
        user.unionid = unionid
    return user


def bind_phone(*, user: User, code: str) -> User:
    """POST /auth/wechat/phone: the number behind a phone-button code becomes the user's. A number that belongs to
    another account is a 409 `phone_taken` (merging accounts is staff's decision, not a side effect)."""
    phone = _ask_wechat(client.phone_number, code)
    if user.phone == phone:
        return user
    holder = accounts_service.get_by_phone(phone=phone)
    if holder is not None and holder.id != user.id:
        raise ApiError.conflict("phone_taken", "This phone number belongs to another account.")
    try:
        with db.session.begin_nested():
            user.phone = phone
            db.session.flush()
    except IntegrityError:  # bound to someone else a moment ago
        raise ApiError.conflict("phone_taken", "This phone number belongs to another account.") from None
    return user
