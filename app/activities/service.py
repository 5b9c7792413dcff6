"""Activities themselves: publishing one (staff of the community, or a leader of the team it is for), who organises
it, reading them, and the activities near a volunteer that they may join (the same H3 cell index as the open pool).
Sign-ups are app.activities.signups'; the visit app.activities.attendance'; the end app.activities.closing'."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import bindparam, or_, select

from app import clock, geo
from app.accounts.auth import can_staff
from app.activities import codes
from app.activities.models import Activity
from app.db import one_of
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.menu import service as menu_service
from app.presenting import Shown
from app.teams import membership
from app.teams import service as teams_service

LONGEST = timedelta(hours=24)  # one event; a series of days is a series of activities
NEARBY_MAX_RADIUS_M = 10_000


def get(*, activity_id: int) -> Activity | None:
    return db.session.get(Activity, activity_id)


def get_or_404(*, activity_id: int) -> Activity:
    activity = get(activity_id=activity_id)
    if activity is None:
        raise ApiError.not_found("activity")
    return activity


def may_organise(user, *, community_id: int, team_id: int | None) -> bool:
    """Staff of the community (admins) organise its activities; a team's leaders organise the team's."""
    return can_staff(user, community_id) or membership.is_leader(user, team_id)


def require_organiser(user, activity: Activity) -> None:
    if not may_organise(user, community_id=activity.community_id, team_id=activity.team_id):
        raise ApiError.forbidden(_l("Only the activity's organisers (staff of its community, leaders of its team) may "
                                 "do this."), code="not_organiser")


def _checked_times(activity_in: dict) -> tuple:
    start, end = activity_in["start"], activity_in["end"]
    deadline = activity_in.get("signup_deadline") or start
    if end <= start:
        raise ApiError.invalid("end_before_start", _l("An activity ends after it starts."), field="end")
    if end - start > LONGEST:
        raise ApiError.invalid("activity_too_long", _l("An activity lasts at most 24 hours; make one per day."),
                               field="end")
    if end <= clock.now():
        raise ApiError.invalid("activity_in_past", _l("This activity would be over already."), field="end")
    if deadline > end:
        raise ApiError.invalid("signup_deadline_after_end",
                               _l("Sign-up closes by the end of the activity at the latest."),
                               field="signup_deadline")
    return start, end, deadline


def _checked_team(community_id: int, team_id: int | None, user) -> None:
    if team_id is not None:
        team = teams_service.get(team_id=team_id)
        if team is None or team.community_id != community_id:
            raise ApiError.invalid("unknown_team", _l("No such team in this community."), field="team_id")
    if may_organise(user, community_id=community_id, team_id=team_id):
        return
    if team_id is None:
        raise ApiError.forbidden(_l("Only staff of this community may do this."), code="not_community_staff")
    raise ApiError.forbidden(_l("Only the team's leaders (or the community's staff) may do this."),
                             code="not_team_leader")


def create(*, community_id: int, activity_in: dict, user) -> Activity:
    """POST /communities/{id}/activities: published at once (`open`)."""
    community = menu_service.get_community_or_404(community_id=community_id)
    _checked_team(community.id, activity_in.get("team_id"), user)
    if menu_service.get_category(category_id=activity_in["category_id"]) is None:
        raise ApiError.invalid("unknown_category", _l("No such category."), field="category_id")
    start, end, deadline = _checked_times(activity_in)
    activity = Activity(
        community_id=community.id, team_id=activity_in.get("team_id"), category_id=activity_in["category_id"],
        title=activity_in["title"], description=activity_in.get("description", ""), address=activity_in["address"],
        lat=activity_in["lat"], lng=activity_in["lng"], cell=geo.cell_of(activity_in["lat"], activity_in["lng"]),
        start_at=start, end_at=end, signup_deadline=deadline, quota=activity_in["quota"],
        points_per_hour=activity_in.get("points_per_hour"), status="open", confirmed_count=0, waitlisted_count=0,
        sign_in_secret=codes.new_secret(), created_by_id=user.id, created_at=clock.now())
    db.session.add(activity)
    db.session.flush()
    return activity


def activities_statement(*, community_id: int, status: str | None = None, team_id: int | None = None):
    statement = select(Activity).where(Activity.community_id == community_id)
    if status:
        statement = statement.where(Activity.status == status)
    if team_id is not None:
        statement = statement.where(Activity.team_id == team_id)
    return statement.order_by(Activity.start_at.desc(), Activity.id.desc())


def _nearby_statement(dialect: str):
    """Open activities in the disk's cells whose sign-up has not closed, of the volunteer's community (not for a
    team) or of a team they are in."""
    return select(Activity).where(
        Activity.status == "open", one_of(Activity.cell, "cells", dialect),
        Activity.signup_deadline > bindparam("now"),
        or_(Activity.team_id.is_(None) & (Activity.community_id == bindparam("community_id")),
            one_of(Activity.team_id, "team_ids", dialect)))


def nearby(*, volunteer, lat: float, lng: float, radius_m: int, page: int, page_size: int) -> tuple[list, int]:
    """GET /activities/nearby: the open activities the volunteer may join within `radius_m`, nearest first, each
    with its `distance_m`: (the page, how many in all)."""
    dialect = db.session.get_bind().dialect.name
    found = db.session.scalars(_nearby_statement(dialect), {
        "cells": list(geo.cells_within(lat, lng, radius_m)), "now": clock.now(),
        "community_id": volunteer.community_id,
        "team_ids": membership.member_team_ids(volunteer_id=volunteer.id)}).all()
    near = sorted(((geo.haversine_m(lat, lng, a.lat, a.lng), a.start_at, a.id, a) for a in found),
                  key=lambda item: item[:3])
    near = [(distance, activity) for distance, _, _, activity in near if distance <= radius_m]
    start = (page - 1) * page_size
    return [Shown(activity, distance_m=round(distance)) for distance, activity in near[start:start + page_size]], \
        len(near)
