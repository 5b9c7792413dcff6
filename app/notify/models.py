"""The in-app inbox (one row per person per event) and the outbox of WeChat subscription messages to deliver."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

OUTBOX_STATUSES = ("pending", "sending", "sent", "failed", "expired")


class Notification(db.Model):
    """One inbox entry. `dedupe_key` names the event ("order:42:accepted"); a person is told of an event once."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(String(500), default="")
    # The title's and body's message ids and params (app.i18n), to show each reader in their language.
    title_msg: Mapped[dict | None] = mapped_column(JSON)
    body_msg: Mapped[dict | None] = mapped_column(JSON)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # order_id and the like, for the mini-program's links
    dedupe_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("user_id", "dedupe_key"),
        Index("ix_notifications_user_id_id", "user_id", "id"),  # the inbox, newest first
    )


class OutboxMessage(db.Model):
    """A subscription message to send, written in the same transaction as its notification and delivered later by
    the scheduler: claimed with a lease (`claim_token`, `lease_until`), sent, then marked sent. A crash between
    sending and marking sends it again after the lease: at least once, never in the request that caused it."""

    __tablename__ = "notification_outbox"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    notification_id: Mapped[int] = mapped_column(BigId, ForeignKey("notifications.id", ondelete="CASCADE"),
                                                 unique=True)
    openid: Mapped[str] = mapped_column(String(64))
    template_id: Mapped[str] = mapped_column(String(128))
    page: Mapped[str | None] = mapped_column(String(200))
    fields: Mapped[dict] = mapped_column(JSON)  # {"thing1": "...", ...}, already fitted to WeChat's limits
    status: Mapped[str] = mapped_column(String(10), default="pending")  # see OUTBOX_STATUSES
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    send_before: Mapped[datetime | None] = mapped_column(UTCDateTime)  # news that goes stale (an offer's deadline)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_errcode: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_notification_outbox_status_next_attempt_at", "status", "next_attempt_at"),)
