"""Orders, the offers made for them, their event timeline, ratings and follow-ups."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Boolean, Date, Float, ForeignKey, Index, Integer, SmallInteger, String, Text,
                        UniqueConstraint, false)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

# Who an event on the order's timeline names as its actor (`OrderEvent.actor_role`).
ACTOR_ROLES = ("resident", "volunteer", "staff", "admin", "system")
# Why an order needs staff's attention (`Order.attention_reason`), as the console's queue shows it.
ATTENTION_REASONS = ("dispatch_gave_up", "no_candidates", "released", "no_show", "no_check_out", "offer_lapsed",
                     "volunteer_suspended")


class Order(db.Model):
    """点单: a resident's request for one menu item at a place and a time window.

    The item's name, category, points and expected minutes are copied on creation, so editing or archiving the
    item later does not change what this order was for. `status` changes only through app.orders.flows.
    """

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"))
    menu_item_id: Mapped[int] = mapped_column(BigId, ForeignKey("menu_items.id"))
    category_id: Mapped[int] = mapped_column(BigId, ForeignKey("categories.id"))
    resident_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))  # staff for 代点单
    item_name: Mapped[str] = mapped_column(String(100))
    points: Mapped[int] = mapped_column(Integer)
    expected_minutes: Mapped[int] = mapped_column(Integer)
    radius_m: Mapped[int] = mapped_column(Integer)
    offer_minutes: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200))
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    cell: Mapped[int] = mapped_column(BigInteger, index=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    window_end: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(12), default="pending")
    volunteer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    current_offer_id: Mapped[int | None] = mapped_column(BigId)
    offers_made: Mapped[int] = mapped_column(Integer, default=0)
    # Handed to a team (志愿队伍) by staff: its leaders see the order and assign a member (app.orders.dispatch).
    team_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("teams.id"), index=True)
    # Auto-dispatch gave up (5 offers, or nobody eligible): staff should look.
    needs_attention: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why, for the console's queue (ATTENTION_REASONS); None when it does not need attention or nobody said.
    attention_reason: Mapped[str | None] = mapped_column(String(24))
    # Copied from the item: offered to the best 3 at once (app.orders.dispatch), first to accept wins.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # One occurrence of a recurring service (每周探访, app.series): the series and the local date it is for. Unique
    # together, so a double run of the scheduler, two schedulers or a restart never place one occurrence twice.
    series_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("order_series.id"))
    occurrence_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_in_lat: Mapped[float | None] = mapped_column(Float)
    check_in_lng: Mapped[float | None] = mapped_column(Float)
    check_in_distance_m: Mapped[float | None] = mapped_column(Float)
    check_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_out_lat: Mapped[float | None] = mapped_column(Float)
    check_out_lng: Mapped[float | None] = mapped_column(Float)
    check_out_distance_m: Mapped[float | None] = mapped_column(Float)
    summary: Mapped[str | None] = mapped_column(String(1000))
    # 志愿时长: minutes served; "verified" when place, time, length and the resident's confirmation all hold, else
    # "pending_review" until staff approve ("approved") or reject ("rejected") them; "voided" by a points reversal.
    service_minutes: Mapped[int | None] = mapped_column(Integer)
    minutes_status: Mapped[str | None] = mapped_column(String(16))
    # Why the minutes wait for a staff decision (app.attendance.rules.REVIEW_REASONS), when they do.
    review_reasons: Mapped[list | None] = mapped_column(JSON)
    # 4 digits the resident gives the volunteer at the end of the visit (or confirms by rating): the other party's
    # word that the service happened. Shown only to the resident and to the staff who ordered for them.
    service_code: Mapped[str | None] = mapped_column(String(4))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    minutes_reviewed_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # rated, cancelled or expired
    cancel_reason: Mapped[str | None] = mapped_column(String(200))

    events = relationship("OrderEvent", order_by="OrderEvent.id", lazy="selectin", viewonly=True)
    rating = relationship("Rating", uselist=False, lazy="selectin", viewonly=True)
    resident = relationship("User", foreign_keys=[resident_id], lazy="joined")
    volunteer = relationship("Volunteer", foreign_keys=[volunteer_id])

    __table_args__ = (
        Index("ix_orders_community_id_status", "community_id", "status"),
        Index("ix_orders_status_window_end", "status", "window_end"),
        Index("ix_orders_status_completed_at", "status", "completed_at"),
        UniqueConstraint("series_id", "occurrence_on"),
    )


class OrderRelease(db.Model):
    """An accepted order handed back before the service: by its volunteer or staff (`released`), or by the
    no-show sweep (`no_show`). Its volunteer is never offered the order again (app.orders.eligibility)."""

    __tablename__ = "order_releases"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # released, no_show
    reason: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))  # None: the sweep
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class Offer(db.Model):
    """派单: the order offered to one volunteer until a deadline."""

    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending accepted declined expired withdrawn
    dispatched_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))  # None: the dispatcher
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(String(200))
    distance_m: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ix_offers_status_deadline", "status", "deadline"),)


class OrderEvent(db.Model):
    """One line of the order's timeline: every status change, with who made it and why."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    actor_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))  # None: the system
    actor_role: Mapped[str] = mapped_column(String(10))  # resident volunteer staff admin system
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(String(500), default="")
    note_msg: Mapped[dict | None] = mapped_column(JSON)  # the note's message id and params (app.i18n)


class Rating(db.Model):
    """评单: once per order, by its resident (or automatically after 7 days)."""

    __tablename__ = "ratings"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), unique=True)
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    stars: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(String(500), default="")
    tags: Mapped[list] = mapped_column(JSON, default=list)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class FollowUp(db.Model):
    """回访: staff call back after a rating of 1 or 2 stars."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), unique=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"), index=True)
    stars: Mapped[int] = mapped_column(SmallInteger)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open, closed
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
