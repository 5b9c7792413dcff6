"""Configuration, read from environment variables.

`Config` is the development default (SQLite under instance/); `ProductionConfig` refuses to start on the
default secrets; `TestConfig` lowers password hashing cost for faster tests. `APP_ENV` picks one.
"""
from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
INSTANCE_DIR = BASE_DIR / "instance"

DEFAULT_SECRET_KEY = "dev-secret-key-change-me"
DEFAULT_JWT_SECRET_KEY = "dev-jwt-secret-key-change-me-32bytes!"
DEFAULT_WECHAT_SECRET = "wx-demo-secret"


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


class Config:
    APP_ENV = "development"
    SECRET_KEY = os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY)
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("DATABASE_URL"))
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    MAX_CONTENT_LENGTH = 256 * 1024  # no JSON body this API takes is anywhere near this

    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", DEFAULT_JWT_SECRET_KEY)
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=int(os.environ.get("JWT_ACCESS_MINUTES", "15")))
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=int(os.environ.get("JWT_REFRESH_DAYS", "30")))
    JWT_TOKEN_LOCATION = ["headers"]
    JWT_ERROR_MESSAGE_KEY = "detail"

    # werkzeug's scrypt: memory-hard, the modern default. Tests lower the cost.
    PASSWORD_HASH_METHOD = "scrypt:32768:8:1"

    REDIS_URL = os.environ.get("REDIS_URL", "")
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "memory://"
    RATELIMIT_ENABLED = True
    LOGIN_LIMIT_PER_PHONE = os.environ.get("LOGIN_LIMIT_PER_PHONE", "10 per minute")
    LOGIN_LIMIT_PER_ADDRESS = os.environ.get("LOGIN_LIMIT_PER_ADDRESS", "30 per minute")

    WECHAT_API_BASE = os.environ.get("WECHAT_API_BASE", "https://api.weixin.qq.com")
    WECHAT_APPID = os.environ.get("WECHAT_APPID", "wx-demo-appid")
    WECHAT_SECRET = os.environ.get("WECHAT_SECRET", DEFAULT_WECHAT_SECRET)

    CORS_ORIGINS = _csv(os.environ.get("CORS_ORIGINS"))

    # flask-smorest: the OpenAPI document is generated from the marshmallow schemas that validate requests.
    API_TITLE = "Community volunteer service API"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"
    API_SPEC_OPTIONS = {
        "info": {"description": "点单 · 派单 · 接单 · 评单 · 积分: the menu-style volunteer service loop."},
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
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


class TestConfig(Config):
    APP_ENV = "testing"
    TESTING = True
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1000"  # for faster tests
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("TEST_DATABASE_URL") or "sqlite://")
    RATELIMIT_STORAGE_URI = "memory://"
    WECHAT_API_BASE = "http://127.0.0.1:9"  # nothing listens there; tests start the fake server


CONFIGS = {"development": Config, "production": ProductionConfig, "testing": TestConfig}


def get_config(name: str | None = None) -> type[Config]:
    name = name or os.environ.get("APP_ENV", "development")
    if name not in CONFIGS:
        raise RuntimeError(f"APP_ENV must be one of {sorted(CONFIGS)}, not {name!r}")
    return CONFIGS[name]
