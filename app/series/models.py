"""A recurring service (每周探访): what is ordered, where, on which weekday and at what local time, how often and
until when, and the paired volunteer (结对) who gets each occurrence's first offer. Each occurrence is an ordinary
order (`Order.series_id`, `Order.occurrence_on`), placed 7 days ahead by the scheduler (app.series.jobs)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

SERIES_STATUSES = ("active", "stopped")


class OrderSeries(db.Model):
    """Occurrences fall on `weekday` (1 = Monday .. 7 = Sunday) every `every_weeks` weeks from `starts_on` (the
    first such day), at `start_time` ("HH:MM") in the community's time zone, up to and including `until`."""

    __tablename__ = "order_series"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"))
    menu_item_id: Mapped[int] = mapped_column(BigId, ForeignKey("menu_items.id"))
    resident_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))  # staff for 代点单
    address: Mapped[str] = mapped_column(String(200))
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    start_time: Mapped[str] = mapped_column(String(5))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    every_weeks: Mapped[int] = mapped_column(SmallInteger)
    starts_on: Mapped[date] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    preferred_volunteer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("volunteers.id"))
    status: Mapped[str] = mapped_column(String(8), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stopped_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_order_series_community_id_status", "community_id", "status"),
        Index("ix_order_series_status_until", "status", "until"),
    )
