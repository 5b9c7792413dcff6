"""Teams and their members."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

MEMBER_ROLES = ("leader", "member")
MEMBER_STATUSES = ("pending", "approved")


class Team(db.Model):
    """志愿队伍: a group of volunteers under a community, led by its leaders (队长)."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    # Also the index of a community's teams (community_id leads it).
    __table_args__ = (UniqueConstraint("community_id", "name"),)


class TeamMember(db.Model):
    """One volunteer in one team: a leader (set by staff) or a member, `pending` from their request to join until a
    leader or staff approve it. Removing a member deletes the row: membership is no official record."""

    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    team_id: Mapped[int] = mapped_column(BigId, ForeignKey("teams.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(8), default="member")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))

    volunteer = relationship("Volunteer", lazy="joined", viewonly=True)
    team = relationship("Team", lazy="joined", viewonly=True)

    __table_args__ = (
        UniqueConstraint("team_id", "volunteer_id"),
        # A volunteer's teams, and whether they are an approved member or leader of one (every team check).
        Index("ix_team_members_volunteer_id_status", "volunteer_id", "status"),
    )
