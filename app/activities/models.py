"""Activities and their sign-ups."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, BigInteger, Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

ACTIVITY_STATUSES = ("open", "closed", "cancelled")
SIGNUP_STATUSES = ("confirmed", "waitlisted", "cancelled", "no_show")


class Activity(db.Model):
    """招募: one event of a community (or of one of its teams, `team_id`: then for its members only) that recruits up to
    `quota` volunteers. Published on creation (`open`); `closed` makes its minutes final and pays its points,
    `cancelled` calls it off. `confirmed_count` and `waitlisted_count` are kept by conditional UPDATEs, so the quota
    holds under racing sign-ups (and the CHECK behind them). `sign_in_secret` derives the rotating sign-in code
    (app.activities.codes); it never leaves the server."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"))
    team_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("teams.id"), index=True)
    category_id: Mapped[int] = mapped_column(BigId, ForeignKey("categories.id"))
    title: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(200))
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    # H3 resolution-9 cell of the place, as an integer (app.geo): the nearby search walks it like the open pool.
    cell: Mapped[int] = mapped_column(BigInteger)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signup_deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    quota: Mapped[int] = mapped_column(Integer)
    # None: the community's points_per_hour rule (app.points.earning).
    points_per_hour: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="open")
    confirmed_count: Mapped[int] = mapped_column(Integer, default=0)
    waitlisted_count: Mapped[int] = mapped_column(Integer, default=0)
    sign_in_secret: Mapped[str] = mapped_column(String(64))
    created_by_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))  # None: the scheduler
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    cancel_reason: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint("confirmed_count >= 0 AND confirmed_count <= quota", name="quota"),
        CheckConstraint("waitlisted_count >= 0", name="waitlisted_count"),
        Index("ix_activities_community_id_start_at", "community_id", "start_at"),
        # The nearby search: open activities in a disk's cells.
        Index("ix_activities_status_cell", "status", "cell"),
        # The sweeps: open activities by when they start and end.
        Index("ix_activities_status_end_at", "status", "end_at"),
    )


class Signup(db.Model):
    """报名: one volunteer's place in one activity: `confirmed` (a place), `waitlisted` (候补, in order of
    `signed_up_at`), `cancelled` by themselves, or `no_show` (confirmed, never checked in, recorded at the close).
    It carries the visit like an order does (check-in and check-out, with the sign-in code's verdict at each) and its
    minutes through app.attendance.minutes (`service_minutes`, `minutes_status`, `review_reasons`)."""

    __tablename__ = "activity_signups"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    activity_id: Mapped[int] = mapped_column(BigId, ForeignKey("activities.id"))
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    # When this place or this wait began: the waitlist is promoted in this order (a sign-up again after a
    # cancellation starts at the back).
    signed_up_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_in_lat: Mapped[float | None] = mapped_column(Float)
    check_in_lng: Mapped[float | None] = mapped_column(Float)
    check_in_distance_m: Mapped[float | None] = mapped_column(Float)
    check_in_code_ok: Mapped[bool | None] = mapped_column(Boolean)
    check_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_out_lat: Mapped[float | None] = mapped_column(Float)
    check_out_lng: Mapped[float | None] = mapped_column(Float)
    check_out_distance_m: Mapped[float | None] = mapped_column(Float)
    check_out_code_ok: Mapped[bool | None] = mapped_column(Boolean)
    # When the service ended for the record: the check-out, or the activity's end for a forgotten one.
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # 志愿时长, as on an order: "verified" when place, time, length and the sign-in code all held, else
    # "pending_review" with the reasons until staff approve or reject them (app.attendance.minutes).
    service_minutes: Mapped[int | None] = mapped_column(Integer)
    minutes_status: Mapped[str | None] = mapped_column(String(16))
    review_reasons: Mapped[list | None] = mapped_column(JSON)
    minutes_reviewed_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))

    activity = relationship("Activity", lazy="joined", viewonly=True)
    volunteer = relationship("Volunteer", lazy="joined", viewonly=True)

    __table_args__ = (
        UniqueConstraint("activity_id", "volunteer_id"),
        # The waitlist in order, and an activity's sign-ups by status.
        Index("ix_activity_signups_activity_id_status_signed_up_at", "activity_id", "status", "signed_up_at"),
    )
