"""A few weeks of life in one community, made through the services with the clock moved: orders dispatched,
declined, accepted, served (verified, or far from the address and so waiting for review), rated (a few badly);
orders cancelled before anyone took them and orders nobody took; points earned and redeemed. The browser tests
use it so the dashboard has something to draw, and it made the README's screenshot from the seeded demo city.

    from tests.console.activity import simulate
    simulate(community_id=1, staff_phone="13800000001", days=21)   # inside an app context
"""
from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import select

from app import clock
from app.accounts import service as accounts_service
from app.accounts.models import User
from app.db import unit_of_work
from app.errors import ApiError
from app.extensions import db
from app.matching import search
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.menu import service as menu_service
from app.orders import acceptance, closing, dispatch, offers, placing, ratings, visits
from app.orders import jobs as orders_jobs
from app.points import ledger, shop
from app.points.models import Reward

COMMENTS = {5: "非常耐心，谢谢志愿者！", 4: "服务不错，准时到达。", 3: "还可以。", 2: "来晚了，沟通不太顺畅。", 1: "没有完成服务。"}
TAGS = {5: ["耐心", "热情"], 4: ["准时"], 3: [], 2: ["迟到"], 1: ["未完成服务"]}


def _point_near(rng, lat, lng, max_m):
    return lat + rng.uniform(-max_m, max_m) / 111_000, lng + rng.uniform(-max_m, max_m) / 97_000


def _new_order(rng, community, item, resident, created_at):
    clock.set_time(created_at)
    lat, lng = _point_near(rng, community.lat, community.lng, 900)
    start = created_at + timedelta(minutes=30)
    return placing.create(user=resident, order_in=dict(
        menu_item_id=item.id, address=f"民生路 {rng.randint(1, 200)} 号", lat=lat, lng=lng, window_start=start,
        window_end=start + timedelta(hours=3), note=""))


def _candidates(order, community, limit=3):
    request = search.search_request_for(order, exclude_volunteer_ids=offers.tried_volunteer_ids(order))
    return search.find_candidates(request, community=community, limit=limit)


def _serve(rng, order, community, staff, *, decline_first: bool, far: bool, stars: int | None, real_now):
    clock.advance(timedelta(minutes=rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 35, 60, 110])))  # staff see it
    candidates = _candidates(order, community)
    if not candidates:
        return False
    if decline_first and len(candidates) > 1:
        other = volunteers_service.get(volunteer_id=candidates[-1].volunteer.id)  # the search's values are read-only
        dispatch.dispatch_manually(order=order, staff_user=staff, volunteer_id=other.id)
        clock.advance(timedelta(minutes=rng.randint(1, 8)))
        acceptance.decline(order=order, user=other.user, reason="临时有事")
        candidates = candidates[:-1]
    volunteer = volunteers_service.get(volunteer_id=rng.choice(candidates).volunteer.id)
    dispatch.dispatch_manually(order=order, staff_user=staff, volunteer_id=volunteer.id)
    clock.advance(timedelta(minutes=rng.randint(1, 9)))  # within the offer's 10 minutes
    acceptance.accept(order=order, user=volunteer.user)
    clock.advance(timedelta(minutes=rng.randint(20, 40)))
    visits.check_in(order=order, user=volunteer.user, lat=order.lat, lng=order.lng)
    clock.advance(timedelta(minutes=rng.randint(25, 95)))
    out_lat = order.lat + (0.01 if far else 0.0)
    visits.check_out(order=order, user=volunteer.user, lat=out_lat, lng=order.lng, summary="服务完成")
    if stars is not None and clock.now() + timedelta(hours=20) < real_now:
        clock.advance(timedelta(hours=rng.randint(1, 20)))
        ratings.rate(order=order, user=order.resident, stars=stars, comment=COMMENTS[stars], tags=TAGS[stars])
    return True


def simulate(*, community_id: int, staff_phone: str, days: int = 21, per_day=(2, 6), seed: int = 8,
             leave_open: int = 4, redemptions: int = 6) -> dict:
    """Make `days` days of activity ending now, then leave `leave_open` fresh orders pending. Returns counts."""
    rng = random.Random(seed)
    real_now = clock.now()
    community = menu_service.get_community_or_404(community_id=community_id)
    staff = accounts_service.get_by_phone(phone=staff_phone)
    items = menu_service.active_menu(community_id=community.id)
    volunteer_user_ids = select(Volunteer.user_id)
    residents = list(db.session.scalars(select(User).where(User.roles_text == "resident", User.id.not_in(volunteer_user_ids))
                                        .order_by(User.id).limit(40)))
    counts = {"orders": 0, "served": 0, "cancelled": 0, "expired": 0}
    today = real_now.astimezone(clock.CHINA_TZ).date()
    for back in range(days, 0, -1):
        day = today - timedelta(days=back)
        for _ in range(rng.randint(*per_day)):
            created_at = datetime.combine(day, time(8), tzinfo=clock.CHINA_TZ) + timedelta(minutes=rng.randint(0, 600))
            order = _new_order(rng, community, rng.choice(items), rng.choice(residents), created_at)
            db.session.commit()
            counts["orders"] += 1
            fate = rng.random()
            try:
                with unit_of_work(db.session):  # each order's fate commits, or rolls back, as a whole
                    _fate(rng, fate, order, community, staff, counts, real_now)
            except ApiError:
                pass
    clock.set_time(real_now)
    orders_jobs.auto_rate()
    _redeem(rng, community, staff, redemptions)
    for n in range(leave_open):
        created_at = real_now - timedelta(minutes=5 * (leave_open - n))
        _new_order(rng, community, rng.choice(items), rng.choice(residents), created_at)
        counts["orders"] += 1
    db.session.commit()
    clock.set_time(None)
    return counts


def _fate(rng, fate, order, community, staff, counts, real_now):
    """What becomes of one order: cancelled, expired, or served (and perhaps rated)."""
    if fate < 0.12:
        clock.advance(timedelta(minutes=rng.randint(10, 90)))
        closing.cancel(order=order, user=order.resident, reason="不需要了")
        counts["cancelled"] += 1
    elif fate < 0.24:
        clock.set_time(order.window_end + timedelta(minutes=1))
        orders_jobs.expire_orders()
        counts["expired"] += 1
    else:
        roll = rng.random()
        stars = (None if roll < 0.2 else 5 if roll < 0.75 else 4 if roll < 0.88 else 3 if roll < 0.94
                 else 2 if roll < 0.98 else 1)
        if _serve(rng, order, community, staff, decline_first=rng.random() < 0.15,
                  far=rng.random() < 0.08, stars=stars, real_now=real_now):
            counts["served"] += 1


def _redeem(rng, community, staff, count):
    rewards = list(db.session.scalars(select(Reward).where(Reward.community_id == community.id, Reward.active.is_(True))
                                      .order_by(Reward.cost_points)))
    volunteers = list(db.session.scalars(select(Volunteer).where(Volunteer.community_id == community.id,
                                                                 Volunteer.status == "approved").order_by(Volunteer.id)))
    made = 0
    for volunteer in volunteers:
        if made >= count or not rewards:
            break
        account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
        affordable = [r for r in rewards if account is not None and r.cost_points <= account.balance]
        if not affordable:
            continue
        redemption = shop.redeem(user=volunteer.user, reward_id=affordable[0].id, quantity=1)
        made += 1
        if made % 3 == 1:
            shop.fulfill(redemption=redemption, pickup_code=redemption.pickup_code, staff_user=staff)
        elif made % 3 == 2:
            shop.cancel(redemption=redemption, staff_user=staff, reason="奖品暂缺")
