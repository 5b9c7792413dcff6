"""The cached WeChat access token, one row per mini-program (appid), shared by every process."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import UTCDateTime
from app.extensions import db


class WeChatAccessToken(db.Model):
    """The row is also the lock: whoever refreshes holds it (SELECT ... FOR UPDATE on PostgreSQL; on SQLite every
    transaction already starts with BEGIN IMMEDIATE), so processes refresh one at a time."""

    __tablename__ = "wechat_access_tokens"

    appid: Mapped[str] = mapped_column(String(64), primary_key=True)
    access_token: Mapped[str | None] = mapped_column(String(600))  # WeChat: keep room for at least 512
    # When we stop using it: WeChat's expires_in less a safety margin.
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    refreshed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
