"""The demo city's teams (志愿队伍) and activities (招募), for `flask seed demo` (app.seed): in the first community two
teams with their leaders and members (and a request to join waiting), an activity that is full with a waitlist, one
with places left, a team's own activity and one last week that was held and closed (minutes verified, points paid);
and an activity in the second community. Found again by name, so a second run creates nothing."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app import clock
from app.accounts import service as accounts_service
from app.activities import attendance, closing, codes, signups
from app.activities import service as activities_service
from app.activities.models import Activity
from app.extensions import db
from app.matching import volunteers as volunteers_service
from app.teams import membership
from app.teams import service as teams_service
from app.teams.models import Team

# (name, description, leader's phone, members' phones, a phone that asked to join)
TEAMS = [
    ("民生路助老服务队", "每周探访独居老人，陪同就医", "13900000001",
     [f"139{n:08d}" for n in range(2, 7)] + ["13800000003"], "13900000013"),
    ("滨江环保志愿队", "嘉陵江滨江步道清洁与垃圾分类宣传", "13900000007", [f"139{n:08d}" for n in range(8, 13)], None),
]
# (title, category, days from now, start hour (China time), hours, quota, description, team or None, phones signed up)
ACTIVITIES = [
    ("嘉陵江滨江步道清洁", "清洁助洁", 3, 9, 3, 8, "捡拾垃圾，劝导文明游览；请穿运动鞋", None,
     [f"139{n:08d}" for n in range(1, 13)]),  # 12 for 8 places: 4 on the waitlist
    ("社区健康义诊日", "陪诊", 6, 8, 4, 15, "协助医生测血压、血糖，引导老人排队", None,
     ["13800000003"] + [f"139{n:08d}" for n in range(14, 18)]),
    ("重阳节敬老探访", "助老", 5, 14, 2, 6, "助老服务队上门探访高龄老人，送重阳糕", "民生路助老服务队",
     ["13900000001", "13900000002", "13900000003", "13800000003"]),
]
PAST = ("旧衣物回收义卖", "代办跑腿", -7, 9, 2, 10, "旧衣物分拣、义卖，所得捐给社区关爱基金", None,
        ["13900000017", "13900000018", "13900000019", "13900000020"])
SECOND_COMMUNITY = ("三角碑垃圾分类宣传", "清洁助洁", 4, 10, 2, 12, "在小区门口宣传垃圾分类", None, [])


def _user(phone: str):
    return accounts_service.get_by_phone(phone=phone)


def _volunteer(phone: str):
    user = _user(phone)
    return volunteers_service.get_by_user(user_id=user.id) if user is not None else None


def seed_teams(community, admin) -> dict[str, Team]:
    teams = {}
    for name, description, leader, members, asking in TEAMS:
        team = db.session.scalar(select(Team).where(Team.community_id == community.id, Team.name == name))
        if team is None:
            team = teams_service.create(community_id=community.id, user=admin, team_in={
                "name": name, "description": description, "leader_ids": [_volunteer(leader).id]})
            for phone in members:
                membership.join(team=team, user=_user(phone))
                membership.approve(team=team, volunteer_id=_volunteer(phone).id, user=admin)
            if asking:
                membership.join(team=team, user=_user(asking))
        teams[name] = team
    return teams


def _start(days: int, hour: int) -> datetime:
    day = (clock.now().astimezone(clock.CHINA_TZ) + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, hour, tzinfo=clock.CHINA_TZ)


def _activity(community, categories, organiser, teams, spec, start: datetime | None = None) -> Activity | None:
    """The activity of `spec`, published and signed up for; None when it exists already."""
    title, category, days, hour, hours, quota, description, team, phones = spec
    if db.session.scalar(select(Activity.id).where(Activity.community_id == community.id,
                                                   Activity.title == title)) is not None:
        return None
    start = start or _start(days, hour)
    activity = activities_service.create(community_id=community.id, user=organiser, activity_in={
        "title": title, "category_id": categories[category].id, "description": description,
        "address": f"{community.name}广场", "lat": community.lat, "lng": community.lng, "start": start,
        "end": start + timedelta(hours=hours), "quota": quota, "team_id": teams[team].id if team else None})
    for phone in phones:
        signups.sign_up(activity=activity, user=_user(phone))
    return activity


def _held_last_week(community, categories, staff, teams) -> None:
    """PAST, run through the real flows with the clock moved: signed up, checked in and out with the sign-in code at
    the venue, closed by staff (minutes verified, points paid)."""
    start = _start(PAST[2], PAST[3])
    try:
        clock.set_time(start - timedelta(days=2))
        activity = _activity(community, categories, staff, teams, PAST, start=start)
        if activity is None:
            return
        here = {"lat": community.lat, "lng": community.lng}
        people = [_user(phone) for phone in PAST[8]]
        clock.set_time(start + timedelta(minutes=5))
        for user in people:
            attendance.check_in(activity=activity, user=user, code=codes.code_at(activity.sign_in_secret, clock.now()),
                                **here)
        clock.set_time(start + timedelta(minutes=110))
        for user in people[:-1]:  # the last one forgot to check out: their minutes wait for staff
            attendance.check_out(activity=activity, user=user,
                                 code=codes.code_at(activity.sign_in_secret, clock.now()), **here)
        clock.set_time(start + timedelta(hours=3))
        closing.close(activity=activity, user=staff)
    finally:
        clock.set_time(None)


def seed(*, first, second, categories, admin, staff_of_first, staff_of_second) -> None:
    teams = seed_teams(first, admin)
    for spec in ACTIVITIES:
        organiser = _user(TEAMS[0][2]) if spec[7] else staff_of_first
        _activity(first, categories, organiser, teams, spec)
    _held_last_week(first, categories, staff_of_first, teams)
    _activity(second, categories, staff_of_second, {}, SECOND_COMMUNITY)
