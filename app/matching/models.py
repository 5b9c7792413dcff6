"""Volunteers (the resources list: who can do what, where and when) and the skill-by-cell search index."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON, BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, PrimaryKeyConstraint, String, Table, text,
    true,
)
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
    # Commitments not kept: confirmed for an activity and never checked in (app.activities, at its close), or an
    # accepted order never come to (app.orders' no-show sweep).
    no_shows: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Accepted orders handed back before the service: released by the volunteer (or by staff for them) or, without a
    # word, not come to (app.orders.handing_back). A no-show is one of these and also a no-show.
    releases: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # 志愿时长, kept apart as the rules require: minutes the system verified by location at check-in and
    # check-out, and minutes staff approved by hand when the location check failed.
    verified_minutes: Mapped[int] = mapped_column(Integer, default=0)
    approved_minutes: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspended_reason: Mapped[str | None] = mapped_column(String(200))

    user = relationship("User", lazy="joined")
    community = relationship("Community", lazy="select", viewonly=True)
    # Loaded when read: most loads of a volunteer (the caller's own profile, an order's holder or offer, an offer's
    # name) never read skills, and a selectin load cost one query each time. Lists that show them ask for them
    # (`volunteers_statement`).
    skills = relationship("Category", secondary=volunteer_skills, lazy="select", order_by="Category.id")

    @property
    def skill_ids(self) -> list[int]:
        return [c.id for c in self.skills]


class VolunteerCell(db.Model):
    """The search index: one row per (skill, cell) an approved volunteer can be found in, from home and, while
    on duty, from the live location. The composite primary key (category_id, cell, ...) is the index the
    candidate query walks: skill first, then the cells of the disk around the order.

    Each row also carries what lets the search rule a volunteer out without reading their profile: the hours of
    the week their availability touches and whether they are on duty (kept by `reindex`, like the rest)."""

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
    # The hours of the week (China time, from Monday 00:00) that the volunteer's weekly slots touch, a bit an hour,
    # in three parts of 56 (hours 0-55, 56-111, 112-167), and whether they are on duty: a volunteer whose slots touch
    # none of an order's hours, and who is not on duty, cannot be eligible. The defaults (every hour, on duty) rule
    # nobody out, for rows written without them.
    available_hours_0: Mapped[int] = mapped_column(BigInteger, server_default=text("-1"))
    available_hours_1: Mapped[int] = mapped_column(BigInteger, server_default=text("-1"))
    available_hours_2: Mapped[int] = mapped_column(BigInteger, server_default=text("-1"))
    on_duty: Mapped[bool] = mapped_column(Boolean, server_default=true())

    __table_args__ = (
        # On PostgreSQL the key's index also carries every column the search filters on or reads, so the search is
        # an index-only scan. SQLite keeps the rows inside the primary-key b-tree (WITHOUT ROWID) to the same end.
        PrimaryKeyConstraint("category_id", "cell", "volunteer_id", "source", name="pk_volunteer_cells",
                             postgresql_include=["lat", "lng", "fresh_until", "available_hours_0", "available_hours_1",
                                                 "available_hours_2", "on_duty"]),
        Index("ix_volunteer_cells_volunteer_id", "volunteer_id"),
        {"sqlite_with_rowid": False},
    )
