"""Account rules: creating people, passwords, sign-in, token rotation with reuse detection, and profiles."""
from __future__ import annotations

import uuid
from datetime import timedelta

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token, decode_token
from jwt import PyJWTError
from sqlalchemy import literal, select
from sqlalchemy import update as sql_update
from werkzeug.security import check_password_hash, generate_password_hash

from app import clock, throttle
from app.accounts.models import RefreshToken, TokenFamily, User
from app.errors import ApiError
from app.extensions import db
from app.green import on_thread
from app.i18n import _l

# Compared against when the phone is unknown, so a wrong phone costs as long as a wrong password.
_DUMMY_HASH: dict[str, str] = {}


def hash_password(password: str) -> str:
    return on_thread(generate_password_hash, password, current_app.config["PASSWORD_HASH_METHOD"])


def get(*, user_id: int) -> User | None:
    return db.session.get(User, user_id)


def get_by_phone(*, phone: str) -> User | None:
    return db.session.scalar(select(User).where(User.phone == phone))


def create(*, phone: str | None, name: str = "", password: str | None = None, roles=("resident",),
           community_ids=(), openid: str | None = None, unionid: str | None = None,
           elderly_living_alone: bool = False) -> User:
    """A new person. Phone and openid are unique; a taken one is a 409."""
    if phone and get_by_phone(phone=phone):
        raise ApiError.conflict("phone_taken", _l("An account with this phone number already exists."))
    user = User(phone=phone, name=name, openid=openid, unionid=unionid, elderly_living_alone=elderly_living_alone)
    user.roles = roles
    if password:
        user.password_hash = hash_password(password)
    if community_ids:
        from app.menu import service as menu_service

        user.communities = [menu_service.get_community_or_404(community_id=cid) for cid in community_ids]
    db.session.add(user)
    db.session.flush()
    return user


def add_role(*, user: User, role: str) -> None:
    user.roles = user.roles | {role}


def password_matches(password_hash: str, password: str) -> bool:
    # ~100 ms of scrypt: on a thread of its own, so a gevent worker's other requests go on meanwhile.
    return on_thread(check_password_hash, password_hash, password)


def authenticate(*, phone: str, password: str, address: str) -> User:
    """Password sign-in. Failures are limited per phone number from this address, and per address whatever the
    phone: someone guessing elsewhere uses up their own limits, never the owner's."""
    config = current_app.config
    with throttle.guess((config["LOGIN_LIMIT_PER_PHONE"], f"login:{phone}:{address}"),
                        (config["LOGIN_LIMIT_PER_ADDRESS"], f"login-address:{address}"),
                        detail=_l("Too many failed sign-ins; try again later.")):
        user = get_by_phone(phone=phone)
        if user is None or not user.password_hash or user.disabled_at is not None:
            method = config["PASSWORD_HASH_METHOD"]
            if method not in _DUMMY_HASH:
                _DUMMY_HASH[method] = generate_password_hash("not-a-password", method=method)
            password_matches(_DUMMY_HASH[method], password)
            raise ApiError.unauthorized(_l("Wrong phone number or password."), code="invalid_credentials")
        if not password_matches(user.password_hash, password):
            raise ApiError.unauthorized(_l("Wrong phone number or password."), code="invalid_credentials")
    return user


def _token_pair(user: User, family_id: str, *, fresh: bool) -> dict:
    """`fresh`: the access token may do what needs a recent sign-in (set a first password) for JWT_FRESH_MINUTES;
    tokens from a refresh never may, so a stolen token cannot renew that right."""
    refresh_jti = str(uuid.uuid4())
    expires_at = clock.now() + current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
    db.session.add(RefreshToken(jti=refresh_jti, family_id=family_id, expires_at=expires_at))
    claims = {"fam": family_id}
    freshness = timedelta(minutes=current_app.config["JWT_FRESH_MINUTES"]) if fresh else False
    return {
        "access_token": create_access_token(identity=user, additional_claims=claims, fresh=freshness),
        "refresh_token": create_refresh_token(identity=user, additional_claims={**claims, "jti": refresh_jti}),
        "token_type": "Bearer",
        "expires_in": int(current_app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()),
    }


def sign_in(*, user: User) -> dict:
    """Start a token family for a fresh sign-in and return the first pair, with the user."""
    family = TokenFamily(id=str(uuid.uuid4()), user_id=user.id)
    db.session.add(family)
    db.session.flush()
    tokens = _token_pair(user, family.id, fresh=True)
    db.session.flush()
    return {**tokens, "user": user}


def refresh(*, refresh_token: str) -> dict:
    """Exchange a refresh token for a new pair. Each refresh token works once; presenting a used one again
    means it was stolen or replayed, so the whole family is revoked (OAuth 2.0 Security BCP, refresh rotation)."""
    try:
        claims = decode_token(refresh_token)
    except PyJWTError as exc:
        raise ApiError.unauthorized(_l("The refresh token is not valid."), code="token_invalid") from exc
    if claims.get("type") != "refresh" or not claims.get("fam"):
        raise ApiError.unauthorized(_l("That is not a refresh token."), code="token_invalid")
    family = db.session.get(TokenFamily, claims["fam"])
    if family is None or family.revoked_at is not None:
        raise ApiError.unauthorized(_l("The session has ended; sign in again."), code="token_revoked")
    now = clock.now()
    # Conditional update: of two concurrent exchanges of one token, exactly one wins.
    exchanged = db.session.execute(
        sql_update(RefreshToken)
        .where(RefreshToken.jti == claims["jti"], RefreshToken.used_at.is_(None))
        .values(used_at=now)
    ).rowcount
    if exchanged != 1:
        family.revoked_at = now
        family.revoked_reason = "refresh_reuse"
        raise ApiError(401, "refresh_token_reused", _l("This refresh token was already used; the session is revoked."),
                       keep_changes=True)
    user = get(user_id=int(claims["sub"]))
    if user is None or user.disabled_at is not None:
        raise ApiError.unauthorized(_l("This account no longer exists or is disabled."), code="user_inactive")
    tokens = _token_pair(user, family.id, fresh=False)
    return {**tokens, "user": user}


def sign_out(*, family_id: str) -> None:
    """Revoke the sign-in: its access and refresh tokens stop working at once."""
    family = db.session.get(TokenFamily, family_id)
    if family is not None and family.revoked_at is None:
        family.revoked_at = clock.now()
        family.revoked_reason = "logout"


def revoke_sessions(*, user: User, reason: str, keep_family_id: str | None = None) -> int:
    """End every sign-in of the user but `keep_family_id`: their refresh tokens, and with them their access
    tokens (each carries its family), stop working at once."""
    statement = (sql_update(TokenFamily)
                 .where(TokenFamily.user_id == user.id, TokenFamily.revoked_at.is_(None))
                 .values(revoked_at=clock.now(), revoked_reason=reason)
                 .execution_options(synchronize_session=False))
    if keep_family_id is not None:
        statement = statement.where(TokenFamily.id != keep_family_id)
    return db.session.execute(statement).rowcount or 0


def update(*, user: User, user_in: dict, family_id: str | None = None, fresh: bool = False) -> User:
    """PATCH /me: name, and a password change. Changing a password needs the current one (wrong guesses are
    limited per user); setting a first one (a WeChat-only account) needs a fresh sign-in instead, so a stolen access
    token cannot turn into a lasting password login. Either way every other sign-in of the user ends; the one
    that made the change (`family_id`) stays."""
    if "name" in user_in:
        user.name = user_in["name"]
    if "new_password" in user_in:
        if user.password_hash:
            _check_current_password(user, user_in.get("current_password", ""))
        elif not fresh:
            raise ApiError(401, "token_not_fresh", _l("Sign in again to set a password."),
                           headers={"WWW-Authenticate": "Bearer"})
        user.password_hash = hash_password(user_in["new_password"])
        revoke_sessions(user=user, reason="password_changed", keep_family_id=family_id)
    return user


def _check_current_password(user: User, given: str) -> None:
    with throttle.guess((current_app.config["PASSWORD_GUESS_LIMIT"], f"current-password:{user.id}"),
                        detail=_l("Too many wrong current passwords; try again later.")):
        if not password_matches(user.password_hash, given):
            raise ApiError.invalid("wrong_password", _l("The current password is wrong."), field="current_password")


# A sign-in's own rows: an account that has only these has done nothing yet.
_SESSION_TABLES = {"token_families", "refresh_tokens"}


def owns_anything(*, user: User) -> list[str]:
    """What the account has beyond its sign-ins: a password, a role other than resident, and the tables that have
    a row pointing at it (orders, a volunteer profile, notifications, staff communities, ...). Found from the schema's
    foreign keys, so a table added later is counted without changes here."""
    owned = []
    if user.password_hash:
        owned.append("password")
    if user.roles - {"resident"}:
        owned.append("roles")
    users = User.__table__
    for table in db.metadata.sorted_tables:
        if table.name in _SESSION_TABLES:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is users and db.session.execute(
                    select(literal(1)).select_from(table).where(fk.parent == user.id).limit(1)).first():
                owned.append(table.name)
                break
    return owned


def find_residents(*, phone: str) -> list[User]:
    """Residents with exactly this phone number (none or one), for staff ordering on their behalf (代点单).
    Exact match only: staff find the person in front of them, they cannot browse or search residents."""
    user = get_by_phone(phone=phone)
    return [user] if user is not None and user.has_role("resident") and user.disabled_at is None else []
