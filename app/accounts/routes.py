"""HTTP routes for sign-in, token refresh, sign-out and the caller's own profile."""
from flask_limiter.util import get_remote_address
from flask_smorest import Blueprint

from app.accounts import service
from app.accounts.auth import NO_STORE, auth_required, current_token_family, me, token_is_fresh
from app.accounts.schemas import (
    LoginSchema,
    MePatchSchema,
    RefreshSchema,
    ResidentCreateSchema,
    ResidentQuerySchema,
    ResidentSchema,
    TokensSchema,
    UserSchema,
)
from app.extensions import limiter
from app.openapi import problems
from app.schemas import list_of

blp = Blueprint("accounts", __name__, url_prefix="/api/v1", description="Sign-in and profiles")


@blp.route("/auth/login", methods=["POST"])
@blp.arguments(LoginSchema)
@blp.response(200, TokensSchema)
@problems(401, "invalid_credentials")
@problems(429, "rate_limited")
@problems(503, "service_unavailable")
def login(body):
    """Password sign-in (staff, and people registered by staff). Failures are limited per phone number from one
    address and per address (429 `rate_limited`); a right password is never refused for failures elsewhere."""
    user = service.authenticate(phone=body["phone"], password=body["password"], address=get_remote_address())
    return service.sign_in(user=user), 200, NO_STORE


@blp.route("/auth/refresh", methods=["POST"])
@blp.arguments(RefreshSchema)
@blp.response(200, TokensSchema)
@problems(401, "token_invalid", "token_revoked", "refresh_token_reused", "user_inactive")
def refresh(body):
    """Exchange a refresh token for a new pair; the old one stops working, and reusing it revokes the session."""
    return service.refresh(refresh_token=body["refresh_token"]), 200, NO_STORE


@blp.route("/auth/logout", methods=["POST"])
@auth_required()
@blp.response(204)
def logout():
    """End this sign-in: its access and refresh tokens are revoked."""
    service.sign_out(family_id=current_token_family())


@blp.route("/me", methods=["GET"])
@auth_required()
@blp.response(200, UserSchema)
def get_me():
    """The caller's profile, roles and communities."""
    return me()


@blp.route("/me", methods=["PATCH"])
@auth_required()
@blp.arguments(MePatchSchema)
@blp.response(200, UserSchema)
@problems(401, "token_not_fresh")
@problems(422, "wrong_password")
@problems(429, "rate_limited")
def patch_me(body):
    """Change the caller's name or password. A password change needs `current_password` (wrong ones are limited
    per user, 429); setting a first password (a WeChat-only account) needs a sign-in within the last 10 minutes
    instead (401 `token_not_fresh`). Every other sign-in of the caller ends; this one stays."""
    return service.update(user=me(), user_in=body, family_id=current_token_family(), fresh=token_is_fresh())


@blp.route("/residents", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(ResidentQuerySchema, location="query")
@blp.response(200, list_of(ResidentSchema))
def find_residents(query):
    """Find a resident by their exact phone number, to order on their behalf (代点单; staff)."""
    return {"items": service.find_residents(phone=query["phone"])}


@blp.route("/residents", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(ResidentCreateSchema)
@blp.response(201, ResidentSchema)
@problems(409, "phone_taken")
def register_resident(body):
    """Register a resident who has no smartphone, so staff can order for them (代点单). They can later sign in
    with WeChat and bind this phone number."""
    return service.create(phone=body["phone"], name=body["name"], roles=("resident",),
                          elderly_living_alone=body["elderly_living_alone"])
