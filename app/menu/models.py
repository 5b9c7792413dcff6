"""Communities, categories and menu items."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Float, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

DISPATCH_POLICIES = ("manual", "auto", "batch")


class Community(db.Model):
    """社区: a centre point and a service radius, in a street (街道) and district (区)."""

    __tablename__ = "communities"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    street: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(50), default="")
    city: Mapped[str] = mapped_column(String(50), default="")
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    radius_m: Mapped[int] = mapped_column(Integer, default=1500)
    # H3 resolution-9 cell of the centre, as an integer (see app.geo).
    cell: Mapped[int] = mapped_column(BigInteger, index=True)
    dispatch_policy: Mapped[str] = mapped_column(String(10), default="manual")
    # Per-community rules (ranking weights, earning rules, offer deadline...); absent keys take the defaults.
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class Category(db.Model):
    """A kind of service, shared by menus (what is offered) and volunteer skills (who can do it)."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class MenuItem(db.Model):
    """服务项目: one thing a community offers. Archived items stay for the orders placed under them."""

    __tablename__ = "menu_items"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"), index=True)
    category_id: Mapped[int] = mapped_column(BigId, ForeignKey("categories.id"))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[int] = mapped_column(Integer)
    expected_minutes: Mapped[int] = mapped_column(Integer)
    # Matching radius for this item (None: the 1,500 m default, the 15-minute life circle).
    radius_m: Mapped[int | None] = mapped_column(Integer)
    # How long a volunteer has to answer an offer for this item (None: the community's default).
    offer_minutes: Mapped[int | None] = mapped_column(Integer)
    # 紧急求助: an order of it is offered to the best 3 at once, for 3 minutes, and staff are told at once.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    category = relationship("Category", lazy="joined")
    community = relationship("Community")

    @property
    def active(self) -> bool:
        return self.archived_at is None
