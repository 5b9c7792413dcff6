"""Account rules: creating people, passwords, sign-in, token rotation with reuse detection, and profiles."""
from __future__ import annotations

import uuid

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token, decode_token
from jwt import PyJWTError
from sqlalchemy import select
from sqlalchemy import update as sql_update
from werkzeug.security import check_password_hash, generate_password_hash

from app import clock
from app.accounts.models import RefreshToken, TokenFamily, User
from app.errors import ApiError
from app.extensions import db

# Compared against when the phone is unknown, so a wrong phone costs as long as a wrong password.
_DUMMY_HASH: dict[str, str] = {}


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


def get(*, user_id: int) -> User | None:
    return db.session.get(User, user_id)


def get_by_phone(*, phone: str) -> User | None:
    return db.session.scalar(select(User).where(User.phone == phone))


def create(*, phone: str | None, name: str = "", password: str | None = None, roles=("resident",),
           community_ids=(), openid: str | None = None, unionid: str | None = None,
           elderly_living_alone: bool = False) -> User:
    """A new person. Phone and openid are unique; a taken one is a 409."""
    if phone and get_by_phone(phone=phone):
        raise ApiError.conflict("phone_taken", "An account with this phone number already exists.")
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


def authenticate(*, phone: str, password: str) -> User:
    user = get_by_phone(phone=phone)
    if user is None or not user.password_hash or user.disabled_at is not None:
        method = current_app.config["PASSWORD_HASH_METHOD"]
        if method not in _DUMMY_HASH:
            _DUMMY_HASH[method] = generate_password_hash("not-a-password", method=method)
        check_password_hash(_DUMMY_HASH[method], password)
        raise ApiError.unauthorized("Wrong phone number or password.", code="invalid_credentials")
    if not check_password_hash(user.password_hash, password):
        raise ApiError.unauthorized("Wrong phone number or password.", code="invalid_credentials")
    return user


def _token_pair(user: User, family_id: str) -> dict:
    refresh_jti = str(uuid.uuid4())
    expires_at = clock.now() + current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
    db.session.add(RefreshToken(jti=refresh_jti, family_id=family_id, expires_at=expires_at))
    claims = {"fam": family_id}
    return {
        "access_token": create_access_token(identity=user, additional_claims=claims),
        "refresh_token": create_refresh_token(identity=user, additional_claims={**claims, "jti": refresh_jti}),
        "token_type": "Bearer",
        "expires_in": int(current_app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()),
    }


def sign_in(*, user: User) -> dict:
    """Start a token family for a fresh sign-in and return the first pair, with the user."""
    family = TokenFamily(id=str(uuid.uuid4()), user_id=user.id)
    db.session.add(family)
    db.session.flush()
    tokens = _token_pair(user, family.id)
    db.session.flush()
    return {**tokens, "user": user}


def refresh(*, refresh_token: str) -> dict:
    """Exchange a refresh token for a new pair. Each refresh token works once; presenting a used one again
    means it was stolen or replayed, so the whole family is revoked (OAuth 2.0 Security BCP, refresh rotation)."""
    try:
        claims = decode_token(refresh_token)
    except PyJWTError as exc:
        raise ApiError.unauthorized("The refresh token is not valid.", code="token_invalid") from exc
    if claims.get("type") != "refresh" or not claims.get("fam"):
        raise ApiError.unauthorized("That is not a refresh token.", code="token_invalid")
    family = db.session.get(TokenFamily, claims["fam"])
    if family is None or family.revoked_at is not None:
        raise ApiError.unauthorized("The session has ended; sign in again.", code="token_revoked")
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
        raise ApiError(401, "refresh_token_reused", "This refresh token was already used; the session is revoked.",
                       keep_changes=True)
    user = get(user_id=int(claims["sub"]))
    if user is None or user.disabled_at is not None:
        raise ApiError.unauthorized("This account no longer exists or is disabled.", code="user_inactive")
    tokens = _token_pair(user, family.id)
    return {**tokens, "user": user}


def sign_out(*, family_id: str) -> None:
    """Revoke the sign-in: its access and refresh tokens stop working at once."""
    family = db.session.get(TokenFamily, family_id)
    if family is not None and family.revoked_at is None:
        family.revoked_at = clock.now()
        family.revoked_reason = "logout"


def update(*, user: User, user_in: dict) -> User:
    """PATCH /me: name, and a password change that needs the current password."""
    if "name" in user_in:
        user.name = user_in["name"]
    if "new_password" in user_in:
        if user.password_hash and not check_password_hash(user.password_hash, user_in.get("current_password", "")):
            raise ApiError.invalid("wrong_password", "The current password is wrong.", field="current_password")
        user.password_hash = hash_password(user_in["new_password"])
    return user


def find_residents(*, phone: str) -> list[User]:
    """Residents with exactly this phone number (none or one), for staff ordering on their behalf (代点单).
    Exact match only: staff find the person in front of them, they cannot browse or search residents."""
    user = get_by_phone(phone=phone)
    return [user] if user is not None and user.has_role("resident") and user.disabled_at is None else []
