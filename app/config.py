"""Configuration, read from environment variables.

`Config` is the development default (SQLite under instance/); `ProductionConfig` refuses to start on the
default secrets; `TestConfig` lowers password hashing cost for faster tests. `APP_ENV` picks one.
"""
from __future__ import annotations

import base64
import binascii
import json
import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
INSTANCE_DIR = BASE_DIR / "instance"

DEFAULT_SECRET_KEY = "dev-secret-key-change-me"
DEFAULT_JWT_SECRET_KEY = "dev-jwt-secret-key-change-me-32bytes!"
DEFAULT_WECHAT_SECRET = "wx-demo-secret"
# The key for personal data at rest (real names' ID numbers, app/records): 32 random bytes, base64-encoded. This one is
# published, for development and tests only; production refuses to start with it or without RECORDS_KEY.
DEV_RECORDS_KEY = base64.b64encode(b"DEV-ONLY records key: NOT SECRET").decode()
DEFAULT_STAR_LEVEL_HOURS = (100, 300, 600, 1000, 1500)  # 星级志愿者: 1 to 5 stars at these hours


def database_url(raw: str | None) -> str:
    """Normalise a DATABASE_URL: default SQLite file, and psycopg 3 as the PostgreSQL driver."""
    if not raw:
        return f"sqlite:///{INSTANCE_DIR / 'volunteer.db'}"
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix):]
    return raw


def _csv(raw: str | None) -> list[str]:
    return [item.strip() for item in (raw or "").split(",") if item.strip()]


# WeChat subscription-message template ids by notification event (see app/notify/templates.py for the fields each
# event fills). The defaults are placeholders that the local fake server accepts; production sets the ids of the
# templates chosen in the mini-program's console. An empty id turns WeChat delivery off for that event.
DEFAULT_WECHAT_TEMPLATES = {
    "offer_created": "dev-offer-created",
    "order_accepted": "dev-order-accepted",
    "order_checked_in": "dev-order-checked-in",
    "order_completed": "dev-order-completed",
    "low_rating": "dev-low-rating",
    "offer_expiring": "dev-offer-expiring",
    "redemption_ready": "dev-redemption-ready",
    "order_released": "dev-order-released",
    "order_needs_attention": "dev-order-needs-attention",
    "star_level_reached": "dev-star-level-reached",
    "signup_promoted": "dev-signup-promoted",
    "activity_cancelled": "dev-activity-cancelled",
    "activity_starting": "dev-activity-starting",
    "team_join_approved": "dev-team-join-approved",
    "team_order_dispatched": "dev-team-order-dispatched",
    "order_starting": "dev-order-starting",
    "check_out_due": "dev-check-out-due",
    "order_cancelled": "dev-order-cancelled",
    "order_expired": "dev-order-expired",
    "order_handed_back": "dev-order-handed-back",
    "urgent_order": "dev-urgent-order",
    "series_pair_unavailable": "dev-series-pair-unavailable",
}


def _wechat_templates(raw: str | None) -> dict[str, str]:
    """The defaults, overridden by the JSON object in WECHAT_TEMPLATES ({"event": "template id", ...})."""
    if not raw:
        return dict(DEFAULT_WECHAT_TEMPLATES)
    try:
        given = json.loads(raw)
    except ValueError as exc:
        raise RuntimeError(f"WECHAT_TEMPLATES must be a JSON object of event -> template id: {exc}") from None
    if not isinstance(given, dict) or not all(isinstance(v, str) for v in given.values()):
        raise RuntimeError("WECHAT_TEMPLATES must be a JSON object of event -> template id (strings)")
    return {**DEFAULT_WECHAT_TEMPLATES, **given}


def records_key_problem(raw: str | None) -> str | None:
    """Why RECORDS_KEY cannot be used, or None when it is 32 bytes of base64."""
    try:
        key = base64.b64decode(raw or "", validate=True)
    except (binascii.Error, ValueError):
        return "RECORDS_KEY is not base64"
    return None if len(key) == 32 else f"RECORDS_KEY must be 32 bytes, not {len(key)}"


def _star_level_hours(raw: str | None) -> tuple[int, ...]:
    """STAR_LEVEL_HOURS: increasing whole hours, comma-separated ("100,300,600,1000,1500"), one per star."""
    if not raw:
        return DEFAULT_STAR_LEVEL_HOURS
    try:
        hours = tuple(int(part) for part in raw.split(","))
    except ValueError:
        raise RuntimeError(f"STAR_LEVEL_HOURS must be comma-separated whole hours, not {raw!r}") from None
    if not hours or hours[0] <= 0 or any(b <= a for a, b in zip(hours, hours[1:])):
        raise RuntimeError(f"STAR_LEVEL_HOURS must be positive and increasing, not {raw!r}")
    return hours


class Config:
    APP_ENV = "development"
    SECRET_KEY = os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY)
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("DATABASE_URL"))
    # No pool_pre_ping: app.db refuses connections the server closed without a round trip per request.
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    MAX_CONTENT_LENGTH = 256 * 1024  # no JSON body this API takes is anywhere near this
    # How far ahead an order's window may start: a service is arranged weeks ahead, not years (and a far date is
    # either a mistake or an attempt to break the dates the loop computes with).
    ORDER_MAX_DAYS_AHEAD = int(os.environ.get("ORDER_MAX_DAYS_AHEAD", "90"))

    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", DEFAULT_JWT_SECRET_KEY)
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=int(os.environ.get("JWT_ACCESS_MINUTES", "15")))
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=int(os.environ.get("JWT_REFRESH_DAYS", "30")))
    JWT_TOKEN_LOCATION = ["headers"]
    JWT_ERROR_MESSAGE_KEY = "detail"

    # werkzeug's scrypt: memory-hard, the modern default. Tests lower the cost.
    PASSWORD_HASH_METHOD = "scrypt:32768:8:1"

    REDIS_URL = os.environ.get("REDIS_URL", "")
    # Rate limits and guess counters live here: in memory they are per worker process, so with more than one worker
    # they must be in Redis to hold (ProductionConfig refuses to start otherwise).
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "memory://"
    RATELIMIT_KEY_PREFIX = os.environ.get("RATELIMIT_KEY_PREFIX", "vs")
    RATELIMIT_ENABLED = True
    # How many gunicorn workers serve the app. deploy/gunicorn.conf.py sets it to the count gunicorn actually runs.
    WEB_WORKERS = int(os.environ.get("WEB_WORKERS", "1"))
    # Failed password sign-ins: per phone number from one address, and per address whatever the phone; a success
    # costs nothing, so others' failures elsewhere never lock the owner out.
    LOGIN_LIMIT_PER_PHONE = os.environ.get("LOGIN_LIMIT_PER_PHONE", "10 per minute")
    LOGIN_LIMIT_PER_ADDRESS = os.environ.get("LOGIN_LIMIT_PER_ADDRESS", "30 per minute")
    # Wrong `current_password` on PATCH /me, per user.
    PASSWORD_GUESS_LIMIT = os.environ.get("PASSWORD_GUESS_LIMIT", "5 per 15 minutes")
    # Pickup codes a staff member looks up (GET /redemptions?pickup_code=) that match nothing.
    PICKUP_LOOKUP_LIMIT = os.environ.get("PICKUP_LOOKUP_LIMIT", "20 per 10 minutes")
    # A token is fresh (may set a first password) for this long after a sign-in, never after a refresh.
    JWT_FRESH_MINUTES = int(os.environ.get("JWT_FRESH_MINUTES", "10"))

    WECHAT_API_BASE = os.environ.get("WECHAT_API_BASE", "https://api.weixin.qq.com")
    WECHAT_APPID = os.environ.get("WECHAT_APPID", "wx-demo-appid")
    WECHAT_SECRET = os.environ.get("WECHAT_SECRET", DEFAULT_WECHAT_SECRET)
    WECHAT_TIMEOUT_SECONDS = float(os.environ.get("WECHAT_TIMEOUT_SECONDS", "3"))  # connect and each read
    # All of one operation (a sign-in's code exchange, a phone lookup with its token refresh), retries included.
    WECHAT_DEADLINE_SECONDS = float(os.environ.get("WECHAT_DEADLINE_SECONDS", "5"))
    # Round trips to WeChat in flight per worker process; a caller waits this long for a slot, then 503 wechat_busy.
    WECHAT_MAX_IN_FLIGHT = int(os.environ.get("WECHAT_MAX_IN_FLIGHT", "4"))
    WECHAT_WAIT_SECONDS = float(os.environ.get("WECHAT_WAIT_SECONDS", "1"))
    WECHAT_BUSY_RETRIES = int(os.environ.get("WECHAT_BUSY_RETRIES", "2"))  # errcode -1, retried in the call
    WECHAT_BUSY_BACKOFF_SECONDS = float(os.environ.get("WECHAT_BUSY_BACKOFF_SECONDS", "0.2"))  # doubles each retry
    WECHAT_TEMPLATES = _wechat_templates(os.environ.get("WECHAT_TEMPLATES"))
    # The mini-program page a subscription message opens (with ?id=<notification id>), and which build it opens.
    WECHAT_MESSAGE_PAGE = os.environ.get("WECHAT_MESSAGE_PAGE", "pages/notifications/index")
    WECHAT_MINIPROGRAM_STATE = os.environ.get("WECHAT_MINIPROGRAM_STATE", "formal")  # developer, trial, formal

    CORS_ORIGINS = _csv(os.environ.get("CORS_ORIGINS"))
    # Proxies in front that append the client's address to X-Forwarded-For (production's nginx: 1). 0 trusts none.
    PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))

    # The official record (app/records).
    RECORDS_KEY = os.environ.get("RECORDS_KEY", DEV_RECORDS_KEY)
    STAR_LEVEL_HOURS = _star_level_hours(os.environ.get("STAR_LEVEL_HOURS"))
    # Who issues certificates (志愿服务记录证明), and the public address their verify URL and QR code point at
    # (empty: the address the request came to).
    CERTIFICATE_ISSUER = os.environ.get("CERTIFICATE_ISSUER", "社区志愿服务平台")
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
    # A TrueType font with Chinese glyphs, embedded (subset) in certificates; Debian's fonts-wqy-microhei by default.
    # Without it, certificates use the PDF reader's built-in STSong-Light (still real, extractable text).
    CERTIFICATE_FONT = os.environ.get("CERTIFICATE_FONT", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

    # flask-smorest: the OpenAPI document is generated from the marshmallow schemas that validate requests.
    API_TITLE = "Community volunteer service API"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.1.0"  # why 3.1: app/openapi.py
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"
    API_SPEC_OPTIONS = {
        "info": {"description": "点单 · 派单 · 接单 · 评单 · 积分: the menu-style volunteer service loop.\n\n"
                                "What people read (error details, ledger reasons, timeline notes, notifications) is "
                                "in zh-CN, or in English with `Accept-Language: en`; the answer's `Content-Language` "
                                "says which. Codes and enums never change with the language."},
        "components": {
            "securitySchemes": {"bearerAuth": {
                "type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                "description": "An access token from POST /auth/login, /auth/wechat or /auth/refresh: a JWT (HS256) "
                               "following RFC8725, short-lived; refresh tokens rotate."}}
        },
    }


class ProductionConfig(Config):
    APP_ENV = "production"

    @classmethod
    def check(cls) -> None:
        """Refuse to start with the published default secrets."""
        weak = [
            name
            for name, default in (("SECRET_KEY", DEFAULT_SECRET_KEY), ("JWT_SECRET_KEY", DEFAULT_JWT_SECRET_KEY))
            if getattr(cls, name) in ("", default) or len(getattr(cls, name)) < 32
        ]
        if weak:
            raise RuntimeError(f"refusing to start in production with default or short secrets: {', '.join(weak)}")
        if cls.WECHAT_SECRET == DEFAULT_WECHAT_SECRET:
            raise RuntimeError("refusing to start in production with the demo WECHAT_SECRET")
        if cls.WEB_WORKERS > 1 and cls.RATELIMIT_STORAGE_URI.startswith("memory://"):
            raise RuntimeError(f"refusing to start in production with {cls.WEB_WORKERS} workers and rate limits in "
                               "memory (each worker would count on its own): set REDIS_URL")
        if cls.RECORDS_KEY in ("", DEV_RECORDS_KEY):
            raise RuntimeError("refusing to start in production without RECORDS_KEY (the development key is published)")
        problem = records_key_problem(cls.RECORDS_KEY)
        if problem:
            raise RuntimeError(f"refusing to start in production: {problem}")


class TestConfig(Config):
    APP_ENV = "testing"
    TESTING = True
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1000"  # for faster tests
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("TEST_DATABASE_URL") or "sqlite://")
    RATELIMIT_STORAGE_URI = "memory://"
    WECHAT_API_BASE = "http://127.0.0.1:9"  # nothing listens there; tests start the fake server
    WECHAT_BUSY_BACKOFF_SECONDS = 0.0  # no sleeping in tests
    WECHAT_TEMPLATES = dict(DEFAULT_WECHAT_TEMPLATES)
    WECHAT_MINIPROGRAM_STATE = "formal"


CONFIGS = {"development": Config, "production": ProductionConfig, "testing": TestConfig}


def get_config(name: str | None = None) -> type[Config]:
    name = name or os.environ.get("APP_ENV", "development")
    if name not in CONFIGS:
        raise RuntimeError(f"APP_ENV must be one of {sorted(CONFIGS)}, not {name!r}")
    return CONFIGS[name]
