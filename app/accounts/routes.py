"""HTTP routes for sign-in, token refresh, sign-out and the caller's own profile."""
from flask import current_app, request
from flask_smorest import Blueprint

from app.accounts import service
from app.accounts.auth import auth_required, current_token_family, me
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
from app.schemas import list_of

blp = Blueprint("accounts", __name__, url_prefix="/api/v1", description="Sign-in and profiles")


def _login_phone_key() -> str:
    body = request.get_json(silent=True)
    phone = body.get("phone") if isinstance(body, dict) else None
    # Read before the body is validated: escape what the limit storage cannot encode (a lone surrogate, in Redis).
    phone = phone.encode("utf-8", "backslashreplace").decode() if isinstance(phone, str) else ""
    return f"login-phone:{phone}"[:64]


@blp.route("/auth/login", methods=["POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_PHONE"], key_func=_login_phone_key)
@blp.arguments(LoginSchema)
@blp.response(200, TokensSchema)
def login(body):
    """Password sign-in (staff, and people registered by staff)."""
    user = service.authenticate(phone=body["phone"], password=body["password"])
    return service.sign_in(user=user)


@blp.route("/auth/refresh", methods=["POST"])
@blp.arguments(RefreshSchema)
@blp.response(200, TokensSchema)
def refresh(body):
    """Exchange a refresh token for a new pair; the old one stops working, and reusing it revokes the session."""
    return service.refresh(refresh_token=body["refresh_token"])


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
def patch_me(body):
    """Change the caller's name or password."""
    return service.update(user=me(), user_in=body)


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
def register_resident(body):
    """Register a resident who has no smartphone, so staff can order for them (代点单). They can later sign in
    with WeChat and bind this phone number."""
    return service.create(phone=body["phone"], name=body["name"], roles=("resident",),
                          elderly_living_alone=body["elderly_living_alone"])
