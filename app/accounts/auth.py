"""Who is calling: JWT verification, the current user, and the role checks every route uses."""
from __future__ import annotations

import time
from functools import cache, wraps

from flask import g, request
from flask_jwt_extended import current_user, get_jwt, verify_jwt_in_request
from sqlalchemy import bindparam, select

from app.accounts.models import TokenFamily, User
from app.errors import ApiError, problem
from app.extensions import db, jwt
from app.i18n import _l

BEARER = [{"bearerAuth": []}]
# For every response that carries tokens: they are credentials, and no cache between the client and us may keep a
# copy (RFC 6749 section 5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _with_security_doc(wrapper, fn, roles=()):
    apidoc = dict(getattr(fn, "_apidoc", {}))
    manual = dict(apidoc.get("manual_doc", {}))
    manual["security"] = BEARER
    if roles:
        manual["x-roles"] = list(roles)  # app.openapi declares the 403 role_required from it
    apidoc["manual_doc"] = manual
    wrapper._apidoc = apidoc
    return wrapper


def auth_required(*roles: str, optional: bool = False):
    """Require a valid access token, and one of `roles` when given. Also marks the operation as secured in the
    OpenAPI document."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            verify_jwt_in_request(optional=optional)
            if roles and not current_user.has_role(*roles):
                raise ApiError.forbidden(_l("This needs the role %(roles)s.", roles=" or ".join(roles)),
                                         code="role_required")
            return fn(*args, **kwargs)

        return _with_security_doc(wrapper, fn, roles)

    return decorator


def me():
    """The signed-in user (call only behind `auth_required`)."""
    return current_user


def current_token_family() -> str | None:
    return get_jwt().get("fam")


def token_is_fresh() -> bool:
    """Whether the caller signed in (rather than refreshed) within JWT_FRESH_MINUTES, by flask-jwt-extended's rule:
    `fresh` is a boolean or the time until which the token is fresh (against the real clock, as PyJWT's `exp`)."""
    fresh = get_jwt().get("fresh", False)
    if isinstance(fresh, bool):
        return fresh
    return isinstance(fresh, (int, float)) and fresh > time.time()


def can_staff(user, community_id: int) -> bool:
    """Staff act for their own communities; admins for all."""
    if user is None:
        return False
    if user.has_role("admin"):
        return True
    return user.has_role("staff") and community_id in user.community_ids


def require_staff_of(user, community_id: int) -> None:
    if not can_staff(user, community_id):
        raise ApiError.forbidden(_l("Only staff of this community may do this."), code="not_community_staff")


def refuse_own_record(user, subject_user_id: int | None) -> None:
    """Nobody decides on their own record: staff (or an admin) who are also the volunteer concerned get 403
    `conflict_of_interest`, so that another staff member or an admin decides instead."""
    if user is not None and subject_user_id is not None and user.id == subject_user_id:
        raise ApiError.forbidden(_l("You cannot decide on your own record; another staff member or an admin must."),
                                 code="conflict_of_interest")


@cache
def _family_with_user():
    """Built once: every authenticated request runs it, and building it costs about as much as running it."""
    return (select(TokenFamily.revoked_at, User).join(User, User.id == TokenFamily.user_id)
            .where(TokenFamily.id == bindparam("family_id")))


def _family_check(payload) -> tuple[bool, object]:
    """(revoked, user) for the token: its family and its user in one query, once per request (a write request
    verifies the token twice: the transaction wrapper for the idempotency caller, then the route). A family that
    belongs to another user than the token's subject counts as revoked."""
    key = (payload.get("fam"), payload.get("sub"))
    cached = g.get("_token_family_check")
    current = request._get_current_object()
    if cached is not None and cached[0] is current and cached[1] == key:
        return cached[2]
    family_id, subject = key
    row = None
    if family_id and subject is not None:
        row = db.session.execute(_family_with_user(), {"family_id": family_id}).first()
    if row is None or str(row.User.id) != str(subject):
        result = (True, None)
    else:
        result = (row.revoked_at is not None, row.User)
    g._token_family_check = (current, key, result)
    return result


def register_jwt_callbacks() -> None:
    """Load the user for each token, check revocation, and answer every token problem as problem+json 401."""

    @jwt.user_identity_loader
    def _identity(user):
        return str(user.id) if hasattr(user, "id") else str(user)

    @jwt.user_lookup_loader
    def _lookup(_header, payload):
        # flask-jwt-extended looks the user up only after `_revoked` let the token through, so the family check
        # (remembered for the request) has found the user: no second query.
        _revoked_family, user = _family_check(payload)
        if user is None or user.disabled_at is not None:
            return None
        return user

    @jwt.token_in_blocklist_loader
    def _revoked(_header, payload):
        revoked, _user = _family_check(payload)
        return revoked

    _register_token_problems()


def _unauthorized(code: str, detail: str):
    return problem(401, code, detail, headers={"WWW-Authenticate": "Bearer"})


def _register_token_problems() -> None:
    """Every way a token can fail, as a problem+json 401 with a code of its own."""
    jwt.unauthorized_loader(lambda reason: _unauthorized("unauthorized", _l("Authentication is required.")))
    jwt.invalid_token_loader(lambda reason: _unauthorized("token_invalid", _l("The token is not valid.")))
    jwt.expired_token_loader(lambda header, payload: _unauthorized("token_expired", _l("The token has expired.")))
    jwt.revoked_token_loader(lambda header, payload: _unauthorized("token_revoked", _l("The token has been revoked.")))
    jwt.user_lookup_error_loader(
        lambda header, payload: problem(401, "user_inactive", _l("This account no longer exists or is disabled.")))
    jwt.needs_fresh_token_loader(lambda header, payload: problem(401, "token_not_fresh",
                                                                 _l("Sign in again to do this.")))
    jwt.token_verification_failed_loader(
        lambda header, payload: problem(401, "token_invalid", _l("The token is not valid.")))
