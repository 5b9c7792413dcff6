"""HTTP routes for mini-program sign-in (`wx.login` code) and phone binding."""
from flask import current_app
from flask_smorest import Blueprint

from app.accounts.auth import NO_STORE, auth_required, me
from app.accounts.schemas import TokensSchema
from app.extensions import limiter
from app.openapi import problems
from app.wechat import service
from app.wechat.schemas import PhoneBoundSchema, WeChatCodeSchema

blp = Blueprint("wechat", __name__, url_prefix="/api/v1", description="WeChat mini-program sign-in")


@blp.route("/auth/wechat", methods=["POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"])
@blp.arguments(WeChatCodeSchema)
@blp.response(200, TokensSchema)
@problems(401, "wechat_code_invalid", "user_inactive")
@problems(403, "wechat_user_risky")
@problems(429, "wechat_rate_limited")
@problems(503, "wechat_unavailable", "wechat_busy")
def wechat_login(body):
    """Mini-program sign-in: exchange a `wx.login` code for our tokens; a new WeChat user becomes a resident.
    503 `wechat_busy` when this server has as many WeChat calls in flight as it allows."""
    return service.sign_in_with_code(code=body["code"]), 200, NO_STORE


@blp.route("/auth/wechat/phone", methods=["POST"])
@auth_required()
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"])
@blp.arguments(WeChatCodeSchema)
@blp.response(200, PhoneBoundSchema)
@problems(401, "wechat_code_invalid")
@problems(409, "phone_taken")
@problems(429, "wechat_rate_limited")
@problems(503, "wechat_unavailable", "wechat_busy")
def wechat_phone(body):
    """Bind the phone number from the mini-program's phone button (`getPhoneNumber` code) to the caller. When the
    number is an account's without a WeChat identity (a resident staff registered) and the caller's account is new,
    the WeChat identity joins that account: the answer is that account with `tokens` for it, and the caller's
    tokens stop working. Otherwise a number of another account is 409 `phone_taken`."""
    return service.bind_phone(user=me(), code=body["code"]), 200, NO_STORE
