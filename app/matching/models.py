"""Volunteers (the resources list: who can do what, where and when) and the skill-by-cell search index."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

VOLUNTEER_STATUSES = ("pending", "approved", "suspended")

volunteer_skills = Table(
    "volunteer_skills",
    db.metadata,
    Column("volunteer_id", BigId, ForeignKey("volunteers.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", BigId, ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True),
)


class Volunteer(db.Model):
    """A person's volunteer profile in one community. `status` is pending until staff approve it."""

    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), unique=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    home_lat: Mapped[float] = mapped_column(Float)
    home_lng: Mapped[float] = mapped_column(Float)
    home_cell: Mapped[int] = mapped_column(BigInteger)
    # Weekly availability: [{"weekday": 0-6 (Monday 0), "start": "HH:MM", "end": "HH:MM"}], China time.
    availability: Mapped[list] = mapped_column(JSON, default=list)
    max_active_orders: Mapped[int] = mapped_column(Integer, default=1)
    # Orders held now (accepted or in service); kept by the order state machine, checked with a conditional update.
    active_orders: Mapped[int] = mapped_column(Integer, default=0)
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False)
    live_lat: Mapped[float | None] = mapped_column(Float)
    live_lng: Mapped[float | None] = mapped_column(Float)
    live_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Counters for ranking, kept as events happen so ranking never scans history.
    rating_count: Mapped[int] = mapped_column(Integer, default=0)
    rating_sum: Mapped[int] = mapped_column(Integer, default=0)
    offers_received: Mapped[int] = mapped_column(Integer, default=0)
    offers_accepted: Mapped[int] = mapped_column(Integer, default=0)
    # 志愿时长, kept apart as the rules require: minutes the system verified by location at check-in and
    # check-out, and minutes staff approved by hand when the location check failed.
    verified_minutes: Mapped[int] = mapped_column(Integer, default=0)
    approved_minutes: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspended_reason: Mapped[str | None] = mapped_column(String(200))

    user = relationship("User", lazy="joined")
    skills = relationship("Category", secondary=volunteer_skills, lazy="selectin", order_by="Category.id")

    @property
    def skill_ids(self) -> list[int]:
        return [c.id for c in self.skills]


class VolunteerCell(db.Model):
    """The search index: one row per (skill, cell) an approved volunteer can be found in, from home and, while
    on duty, from the live location. The composite primary key (category_id, cell, ...) is the index the
    candidate query walks: skill first, then the cells of the disk around the order."""

    __tablename__ = "volunteer_cells"

    category_id: Mapped[int] = mapped_column(BigId, primary_key=True)
    cell: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id", ondelete="CASCADE"),
                                              primary_key=True)
    source: Mapped[str] = mapped_column(String(4), primary_key=True)  # "home" or "live"
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    # Live rows stop counting when the location is older than 15 minutes; home rows never expire.
    fresh_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_volunteer_cells_volunteer_id", "volunteer_id"),
        # SQLite keeps the rows inside the primary-key b-tree, so the search reads lat/lng without a second lookup.
        {"sqlite_with_rowid": False},
    )
