"""Users with roles, staff's communities, and refresh-token families for rotation with reuse detection."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

ROLES = ("resident", "volunteer", "staff", "admin")

staff_communities = Table(
    "staff_communities",
    db.metadata,
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("community_id", BigId, ForeignKey("communities.id", ondelete="CASCADE"), primary_key=True),
)


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    # WeChat identity: openid is per mini-program, unionid (when the app is bound to an open platform) per person.
    openid: Mapped[str | None] = mapped_column(String(64), unique=True)
    unionid: Mapped[str | None] = mapped_column(String(64))
    # Space-separated role names: read on every request, so kept on the row instead of a join.
    roles_text: Mapped[str] = mapped_column("roles", String(64), default="resident")
    # 独居老人: residents whom staff watch over and often order for (代点单).
    elderly_living_alone: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    # Loaded when asked for (staff checks, /me), not with every user: most users serve no community, and a user is
    # loaded on every request and with every order (its resident), where a selectin load cost one query each time.
    communities = relationship("Community", secondary=staff_communities, lazy="select")
    # The person's volunteer profile, if any (read for GET /me; loaded only when read).
    volunteer_profile = relationship("Volunteer", uselist=False, viewonly=True, lazy="select")

    @property
    def roles(self) -> set[str]:
        return set(self.roles_text.split()) if self.roles_text else set()

    @roles.setter
    def roles(self, value) -> None:
        unknown = set(value) - set(ROLES)
        if unknown:
            raise ValueError(f"unknown roles {sorted(unknown)}")
        self.roles_text = " ".join(r for r in ROLES if r in set(value))

    def has_role(self, *names: str) -> bool:
        return bool(self.roles & set(names))

    @property
    def community_ids(self) -> set[int]:
        """Communities this user serves as staff (admins serve all, checked separately)."""
        return {c.id for c in self.communities}


class TokenFamily(db.Model):
    """One sign-in: every access and refresh token from it carries the family id, so logout or reuse of an old
    refresh token revokes the whole chain at once."""

    __tablename__ = "token_families"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(32))


class RefreshToken(db.Model):
    """Each issued refresh token; `used_at` is set when it is exchanged, and a second exchange is reuse."""

    __tablename__ = "refresh_tokens"

    jti: Mapped[str] = mapped_column(String(36), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(36), ForeignKey("token_families.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_refresh_tokens_family_id", "family_id"),)
