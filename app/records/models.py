"""Real names (实名) with their encrypted ID numbers, star levels (星级), certificates (志愿服务记录证明), the audit of
every read of an unmasked ID number, and closed accounts (PIPL Art. 47)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, LargeBinary, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db


class RealName(db.Model):
    """A person's real-name registration. The ID number is stored only encrypted (AES-GCM, app.records.vault),
    beside its keyed hash, which keeps one ID to one person without decrypting anything, and its masked form, which
    is all that responses, logs and staff exports ever show."""

    __tablename__ = "real_names"

    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    real_name: Mapped[str] = mapped_column(String(50))
    id_type: Mapped[str] = mapped_column(String(24))
    id_number_ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    id_number_hash: Mapped[str] = mapped_column(String(64), unique=True)
    id_number_masked: Mapped[str] = mapped_column(String(32))
    # 性别 as the resident ID states it (its 17th digit), kept apart so reports need not decrypt the number for it.
    sex: Mapped[str | None] = mapped_column(String(2))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class StarLevel(db.Model):
    """星级: the stars a volunteer holds by verified plus approved hours, kept so that reaching a new level is told
    once (app.records.service.minutes_recorded)."""

    __tablename__ = "star_levels"

    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id", ondelete="CASCADE"),
                                              primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, default=0)
    reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class Certificate(db.Model):
    """志愿服务记录证明: what it certified when issued (`facts`, a snapshot: later service, reviews or edits do not
    change it), under an unguessable `code`. Revoking keeps it, marked invalid."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    facts: Mapped[dict] = mapped_column(JSON)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    revoke_reason: Mapped[str | None] = mapped_column(String(200))


class AuditEntry(db.Model):
    """One read of personal data that is otherwise never shown: an unmasked ID number (the national export, a
    person's own data export). One row per person read, so each can be told who read theirs, when and why."""

    __tablename__ = "records_audit"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    actor_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    subject_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    detail: Mapped[str] = mapped_column(String(200), default="")
    request_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_records_audit_subject_user_id_id", "subject_user_id", "id"),)


class AccountClosure(db.Model):
    """A closed account (DELETE /me): the pseudonym that stands for the person in what is kept."""

    __tablename__ = "account_closures"

    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(32), unique=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
