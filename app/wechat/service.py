"""Mini-program sign-in with a `wx.login` code, and binding the phone number WeChat vouches for."""
from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import clock
from app.accounts import service as accounts_service
from app.accounts.models import User
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.presenting import Shown
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
        raise ApiError.unauthorized(_l("This account is disabled."), code="user_inactive")
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


def bind_phone(*, user: User, code: str) -> Shown:
    """POST /auth/wechat/phone: the number behind a phone-button code becomes the user's.

    A number that belongs to another account: when that account has no WeChat identity (a resident staff registered
    with `POST /residents`, say) and the caller's account has nothing yet but its sign-ins (WeChat created it at the
    first sign-in), the WeChat identity joins that account: the caller's account is retired (disabled, its openid
    moved, its sign-ins revoked) and a sign-in to the joined account is returned. Otherwise 409 `phone_taken`
    (merging two accounts in use is staff's decision, not a side effect). WeChat proving the number is what lets
    the caller in: the code is exchanged before anything changes. Shown with `tokens`: None, or the joined account's
    sign-in."""
    phone = _ask_wechat(client.phone_number, code)
    if user.phone == phone:
        return Shown(user, tokens=None)
    holder = accounts_service.get_by_phone(phone=phone)
    if holder is not None and holder.id != user.id:
        holder, tokens = _join(user=user, holder=holder)
        return Shown(holder, tokens=tokens)
    try:
        with db.session.begin_nested():
            user.phone = phone
            db.session.flush()
    except IntegrityError:  # bound to someone else a moment ago
        raise ApiError.conflict("phone_taken", _l("This phone number belongs to another account.")) from None
    return Shown(user, tokens=None)


def _join(*, user: User, holder: User) -> tuple[User, dict]:
    if holder.openid is not None or holder.disabled_at is not None:
        raise ApiError.conflict("phone_taken", _l("This phone number belongs to another account."))
    owned = accounts_service.owns_anything(user=user)
    if owned:
        raise ApiError.conflict("phone_taken", _l("This phone number belongs to another account, and this account is "
                                "in use already; community staff can merge them."))
    openid, unionid = user.openid, user.unionid
    try:
        with db.session.begin_nested():
            user.openid, user.unionid, user.disabled_at = None, None, clock.now()
            db.session.flush()  # frees the openid (unique) before the holder takes it
            holder.openid = openid
            holder.unionid = holder.unionid or unionid
            if not holder.name and user.name:
                holder.name = user.name
            db.session.flush()
    except IntegrityError:  # the holder got a WeChat identity a moment ago
        raise ApiError.conflict("phone_taken", _l("This phone number belongs to another account.")) from None
    accounts_service.revoke_sessions(user=user, reason="joined_account")
    log.info("WeChat identity of user %s joined user %s (phone bound)", user.id, holder.id)
    return holder, accounts_service.sign_in(user=holder)
