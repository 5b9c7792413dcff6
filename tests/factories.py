"""Factories: build rows with sensible defaults, so a test states only what matters to it."""
from __future__ import annotations

import itertools
from contextlib import contextmanager

from flask import has_app_context

from app.extensions import db

_app = None
_sequence = itertools.count(1)


def bind(app) -> None:
    global _app
    _app = app


@contextmanager
def context():
    """Use the current app context, or push one for the duration."""
    if has_app_context():
        yield
    else:
        with _app.app_context():
            yield


def _save(obj):
    db.session.add(obj)
    db.session.commit()
    return obj


def _committed(obj):
    """Factories are boundaries, like a request: services never commit, so what a factory built is committed here
    (a savepoint inside a test's transaction), for the requests and threads that read it next."""
    db.session.commit()
    return obj


def next_phone() -> str:
    return f"177{next(_sequence):08d}"


def user(*, roles=("resident",), phone=None, password=None, name=None, communities=(), **extra):
    from app.accounts import service as accounts_service

    with context():
        return _committed(accounts_service.create(
            phone=phone or next_phone(), name=name or "测试用户", password=password, roles=roles,
            community_ids=[c.id for c in communities], **extra))


def community(**overrides):
    from app.menu import service as menu_service

    spec = dict(name=f"测试社区{next(_sequence)}", street="解放碑街道", district="渝中区", city="重庆市",
                lat=29.5583, lng=106.5786, radius_m=1500, dispatch_policy="manual")
    spec.update(overrides)
    with context():
        return _committed(menu_service.create_community(community_in=spec))


def staff(community_, **extra):
    return user(roles=("staff",), communities=(community_,), **extra)


def category(name=None, **extra):
    from app.menu import service as menu_service

    with context():
        return _committed(menu_service.create_category(category_in={"name": name or f"类别{next(_sequence)}",
                                                                    **extra}))


ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]


def menu_item(community_, category_=None, **overrides):
    from app.menu import service as menu_service

    category_ = category_ or category()
    spec = dict(category_id=category_.id, name="上门助老", description="", points=10, expected_minutes=60)
    spec.update(overrides)
    with context():
        staff_user = staff(community_)
        return _committed(menu_service.create_item(community=db.session.merge(community_), item_in=spec,
                                                   user=db.session.merge(staff_user)))


def volunteer(community_, skills=(), *, status="approved", lat=None, lng=None, availability=None,
              max_active_orders=1, user_=None, **user_extra):
    """An applied (and by default approved) volunteer with a home near the community centre."""
    from app.matching import volunteers as volunteers_service

    with context():
        community_ = db.session.merge(community_)
        person = db.session.merge(user_) if user_ is not None else user(roles=("resident",), **user_extra)
        v = volunteers_service.apply(user=person, volunteer_in=dict(
            community_id=community_.id, skills=[s.id for s in skills],
            home_lat=community_.lat if lat is None else lat, home_lng=community_.lng if lng is None else lng,
            availability=ALWAYS if availability is None else availability, max_active_orders=max_active_orders))
        if status in ("approved", "suspended"):
            admin = user(roles=("admin",))
            volunteers_service.approve(volunteer=v, staff_user=admin)
            if status == "suspended":
                volunteers_service.suspend(volunteer=v, staff_user=admin)
        db.session.commit()
        db.session.refresh(v)
        v.user  # loaded while attached
        return v


def order(item, resident=None, *, lat=None, lng=None, start_in_hours=0.25, hours=3, by=None, **overrides):
    """A pending order for `item` near its community centre, in a window starting soon; placed by its resident, or
    `by` a staff member for them (代点单)."""
    from datetime import timedelta

    from app import clock
    from app.orders import placing

    with context():
        item = db.session.merge(item)
        community_ = item.community
        resident = db.session.merge(resident) if resident is not None else user(roles=("resident",))
        start = clock.now() + timedelta(hours=start_in_hours)
        spec = dict(menu_item_id=item.id, address="民生路 88 号 3 单元 501", lat=community_.lat if lat is None else lat,
                    lng=community_.lng if lng is None else lng, window_start=start,
                    window_end=start + timedelta(hours=hours), note="")
        spec.update(overrides)
        if by is not None:
            spec["resident_id"] = resident.id
        placer = db.session.merge(by) if by is not None else resident
        return _committed(placing.create(user=placer, order_in=spec))


def team(community_, *, leaders=(), members=(), name=None, **extra):
    """A team of the community with these leaders and approved members (volunteers)."""
    from app.teams import service as teams_service
    from app.teams.models import TeamMember

    with context():
        community_ = db.session.merge(community_)
        admin = user(roles=("admin",))
        t = teams_service.create(community_id=community_.id, user=db.session.merge(admin), team_in={
            "name": name or f"队伍{next(_sequence)}", "leader_ids": [v.id for v in leaders], **extra})
        for v in members:
            db.session.add(TeamMember(team_id=t.id, volunteer_id=v.id, role="member", status="approved"))
        return _committed(t)


def activity(community_, category_, *, by=None, start_in_hours=2, hours=3, quota=10, lat=None, lng=None,
             **overrides):
    """An open activity of the community, starting soon, at its centre; published by `by` (default: its staff)."""
    from datetime import timedelta

    from app import clock
    from app.activities import service as activities_service

    with context():
        community_ = db.session.merge(community_)
        organiser = db.session.merge(by) if by is not None else db.session.merge(staff(community_))
        start = clock.now() + timedelta(hours=start_in_hours)
        spec = dict(title="社区清洁日", category_id=category_.id, description="", address="民生路广场",
                    lat=community_.lat if lat is None else lat, lng=community_.lng if lng is None else lng,
                    start=start, end=start + timedelta(hours=hours), quota=quota)
        spec.update(overrides)
        return _committed(activities_service.create(community_id=community_.id, activity_in=spec, user=organiser))


def clock_today():
    """Today's date in China time, by the app's clock."""
    from app import clock

    return clock.now().astimezone(clock.CHINA_TZ).date()
