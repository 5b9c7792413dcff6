"""The points ledger (accounts, append-only double-entry entries, dispute reversals) and the rewards shop
(rewards, redemptions).

Every entry moves `amount` (> 0) from its debit account to its credit account, so the entries sum to zero by
construction. An account's `balance` is a cache of its entries (credits in minus debits out), written in the
same transaction as the entry by a conditional UPDATE (see app.points.ledger); `flask points verify` rebuilds
it from the entries. The CHECK constraints are the last line of defence behind those updates.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, event)
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.db import BigId, UTCDateTime
from app.extensions import db

ACCOUNT_KINDS = ("volunteer", "issuing", "redemption")
ENTRY_KINDS = ("completion", "rating_bonus", "activity", "adjustment", "redemption", "redemption_refund", "reversal",
               "expiry")
REDEMPTION_STATUSES = ("pending", "fulfilled", "cancelled")


class PointsAccount(db.Model):
    """One per volunteer (`volunteer_id`), and two per community (`community_id`): the issuing account points are
    awarded from (it goes negative by what the community has issued) and the redemption account spent points go
    to. Created lazily, on first use."""

    __tablename__ = "points_accounts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    volunteer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("volunteers.id"), unique=True)
    community_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("communities.id"))
    balance: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    __table_args__ = (
        # NULLs are distinct, so this is one issuing and one redemption account per community, and leaves
        # volunteer accounts (community_id NULL) alone; they are unique by volunteer_id.
        UniqueConstraint("community_id", "kind"),
        CheckConstraint("kind IN ('volunteer', 'issuing', 'redemption')", name="kind"),
        CheckConstraint("(kind = 'volunteer') = (volunteer_id IS NOT NULL)", name="volunteer_owner"),
        CheckConstraint("(kind = 'volunteer') = (community_id IS NULL)", name="community_owner"),
        CheckConstraint("kind = 'issuing' OR balance >= 0", name="no_overdraft"),
    )


class LedgerEntry(db.Model):
    """积分流水: one movement of points. Never updated or deleted; a mistake is corrected by another entry whose
    `corrects_entry_id` points at it. `business_key` names the business event (`order:42:completion`,
    `activity:7:volunteer:3`), so the same event can never be paid twice. Its source: an order, a redemption or an
    activity."""

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    debit_account_id: Mapped[int] = mapped_column(BigId, ForeignKey("points_accounts.id"))
    credit_account_id: Mapped[int] = mapped_column(BigId, ForeignKey("points_accounts.id"))
    amount: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    business_key: Mapped[str] = mapped_column(String(100), unique=True)
    reason: Mapped[str] = mapped_column(String(200))
    reason_msg: Mapped[dict | None] = mapped_column(JSON)  # the reason's message id and params (app.i18n)
    order_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    redemption_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("redemptions.id"), index=True)
    activity_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("activities.id"), index=True)
    corrects_entry_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ledger_entries.id"))
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))  # None: the system
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("debit_account_id <> credit_account_id", name="distinct_accounts"),
        # An account's statement, newest first, is a walk of one of these two.
        Index("ix_ledger_entries_debit_account_id_id", "debit_account_id", "id"),
        Index("ix_ledger_entries_credit_account_id_id", "credit_account_id", "id"),
        # Leaderboards read one period of entries.
        Index("ix_ledger_entries_created_at", "created_at"),
    )


@event.listens_for(LedgerEntry, "before_update")
@event.listens_for(LedgerEntry, "before_delete")
def _entries_are_append_only(mapper, connection, target):
    raise RuntimeError("ledger entries are append-only: correct one with a new entry instead")


class PointsReversal(db.Model):
    """A dispute reversal of an order's awards: at most one per order. What the volunteer had already spent could
    not be taken back; that is the `shortfall`, kept here for staff to follow up."""

    __tablename__ = "points_reversals"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), unique=True)
    volunteer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("volunteers.id"))
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"), index=True)
    awarded: Mapped[int] = mapped_column(Integer)
    reversed: Mapped[int] = mapped_column(Integer)
    shortfall: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    __table_args__ = (
        CheckConstraint("reversed >= 0 AND shortfall >= 0 AND reversed + shortfall = awarded", name="amounts"),
    )


class Reward(db.Model):
    """积分商城: something a community stocks for volunteers to redeem points for.

    `stock` is what is left; `stock_total` is everything staff have stocked (net of what they took out), so
    `stock + quantity of every redemption not cancelled == stock_total` always holds.
    """

    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    cost_points: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    stock_total: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    __table_args__ = (
        CheckConstraint("cost_points > 0", name="cost_points_positive"),
        CheckConstraint("stock >= 0", name="stock_not_negative"),
    )


class Redemption(db.Model):
    """兑换: points spent on a reward, collected with a pickup code. pending → fulfilled, or → cancelled (refunded).
    The reward's name and the points paid are copied, so editing the reward later does not change it."""

    __tablename__ = "redemptions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    reward_id: Mapped[int] = mapped_column(BigId, ForeignKey("rewards.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(BigId, ForeignKey("volunteers.id"), index=True)
    community_id: Mapped[int] = mapped_column(BigId, ForeignKey("communities.id"))
    reward_name: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)
    pickup_code: Mapped[str] = mapped_column(String(8), unique=True)
    # Wrong codes given since this code was issued; at PICKUP_FAILURES_LOCK (app.points.shop) only a new code helps.
    pickup_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    fulfilled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fulfilled_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    cancel_reason: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint("quantity > 0 AND points > 0", name="positive"),
        CheckConstraint("status IN ('pending', 'fulfilled', 'cancelled')", name="status"),
        CheckConstraint("pickup_failures >= 0", name="pickup_failures"),
        Index("ix_redemptions_community_id_status", "community_id", "status"),
    )
