"""Builders for points tests: volunteers (rows made directly), orders ready to be paid for, funded balances,
rewards, and reading balances as stored."""
from __future__ import annotations

import itertools
from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.extensions import db
from app import geo
from app.matching.models import Volunteer
from app.menu.models import MenuItem
from app.orders.models import Order
from app.points import earning, ledger
from app.points import verify as ledger_verify
from app.points.models import LedgerEntry, PointsAccount, Reward
from tests import factories

API = "/api/v1"
_sequence = itertools.count(1)


def volunteer(community, *, status="approved", name=None, user=None) -> Volunteer:
    """An approved volunteer of `community` (a Volunteer row made directly), with a user holding the role."""
    person = user or factories.user(roles=("volunteer",), name=name or f"志愿者{next(_sequence)}")
    with factories.context():
        row = Volunteer(user_id=person.id, community_id=community.id, status=status, home_lat=community.lat,
                        home_lng=community.lng, home_cell=geo.cell_of(community.lat, community.lng),
                        availability=[], max_active_orders=1)
        db.session.add(row)
        db.session.commit()
        row.user  # loaded while attached
        return row


def menu_item(community, *, points=10) -> MenuItem:
    category = factories.category()
    with factories.context():
        item = MenuItem(community_id=community.id, category_id=category.id, name="上门助老", points=points,
                        expected_minutes=60)
        db.session.add(item)
        db.session.commit()
        return item


def order(volunteer_, *, points=10, service_minutes=60, minutes_status="verified", community=None,
          item=None) -> Order:
    """A completed order served by `volunteer_`, its minutes in `minutes_status`."""
    community_id = community.id if community is not None else volunteer_.community_id
    with factories.context():
        if item is None:
            item = db.session.scalar(select(MenuItem).where(MenuItem.community_id == community_id).limit(1))
        if item is None:
            from app.menu.models import Community

            item = menu_item(db.session.get(Community, community_id), points=points)
        resident = factories.user(roles=("resident",))
        now = clock.now()
        row = Order(community_id=community_id, menu_item_id=item.id, category_id=item.category_id,
                    resident_id=resident.id, created_by_id=resident.id, item_name="上门助老", points=points,
                    expected_minutes=60, radius_m=1500, offer_minutes=10, address="民生路 88 号", lat=29.5583,
                    lng=106.5786, cell=geo.cell_of(29.5583, 106.5786), window_start=now - timedelta(hours=2),
                    window_end=now + timedelta(hours=1), status="completed", volunteer_id=volunteer_.id,
                    service_minutes=service_minutes, minutes_status=minutes_status, completed_at=now)
        db.session.add(row)
        db.session.commit()
        return row


def fund(volunteer_, amount: int, *, staff) -> None:
    """Give a volunteer `amount` points through a staff adjustment."""
    with factories.context():
        earning.adjust(volunteer=db.session.merge(volunteer_), amount=amount, reason="开户",
                       staff_user=db.session.merge(staff))
        db.session.commit()  # a boundary, like the adjustment's request


def reward(community, *, cost_points=10, stock=100, active=True, name=None) -> Reward:
    with factories.context():
        row = Reward(community_id=community.id, name=name or f"奖品{next(_sequence)}", description="",
                     cost_points=cost_points, stock=stock, stock_total=stock, active=active,
                     created_at=clock.now(), updated_at=clock.now())
        db.session.add(row)
        db.session.commit()
        return row


def balance(volunteer_) -> int:
    with factories.context():
        account = ledger.find_volunteer_account(volunteer_id=volunteer_.id)
        return ledger.balance_of(account.id) if account else 0


def stock(reward_) -> int:
    with factories.context():
        return db.session.scalar(select(Reward.stock).where(Reward.id == reward_.id))


def entries(**where) -> list[LedgerEntry]:
    with factories.context():
        statement = select(LedgerEntry).order_by(LedgerEntry.id)
        for name, value in where.items():
            statement = statement.where(getattr(LedgerEntry, name) == value)
        return list(db.session.scalars(statement))


def issuing_balance(community) -> int:
    with factories.context():
        return db.session.scalar(select(PointsAccount.balance).where(
            PointsAccount.community_id == community.id, PointsAccount.kind == "issuing")) or 0


def verify() -> list[str]:
    with factories.context():
        return ledger_verify.verify()


def assert_problem(resp, status, code=None):
    assert resp.status_code == status, resp.get_json()
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json()
    if code is not None:
        assert body["code"] == code, body
    return body
