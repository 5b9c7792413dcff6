"""The activities (招募) and teams (志愿队伍) of a community in a period, for the dashboard: how many activities, how
many took part and for how many hours, in all and per team.

The cohort is the activities that *start* in the period, each in its status now. Participants are volunteers who
checked in (each counted once per figure, however many activities they joined); places are confirmed sign-ups,
no-shows included, of activities not called off; hours are the sign-ups' verified plus approved minutes (kept apart
too), pending ones apart.
Every team of the community is listed, with its approved members, whether or not it held an activity.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import func, select

from app.activities.models import ACTIVITY_STATUSES, Activity, Signup
from app.extensions import db
from app.teams.models import Team, TeamMember

PLACED = ("confirmed", "no_show")


def _figures(signups: list, activity_ids: set[int]) -> dict:
    mine = [row for row in signups if row.activity_id in activity_ids]
    minutes = Counter()
    for row in mine:
        if row.minutes_status:
            minutes[row.minutes_status] += row.service_minutes or 0
    counted = minutes["verified"] + minutes["approved"]
    return {
        "activities": len(activity_ids),
        "places": sum(1 for row in mine if row.status in PLACED),
        "participants": len({row.volunteer_id for row in mine if row.check_in_at is not None}),
        "verified_minutes": minutes["verified"],
        "approved_minutes": minutes["approved"],
        "hours": round(counted / 60, 1),
    }


def activity_stats(*, community_id: int, period) -> dict:
    """The `activities` section of GET /communities/{id}/stats (see the module docstring)."""
    cohort = db.session.execute(select(Activity.id, Activity.team_id, Activity.status).where(
        Activity.community_id == community_id, Activity.start_at >= period.start,
        Activity.start_at < period.end)).all()
    ids = {row.id for row in cohort}
    called_off = {row.id for row in cohort if row.status == "cancelled"}
    signups = db.session.execute(
        select(Signup.activity_id, Signup.volunteer_id, Signup.status, Signup.check_in_at, Signup.minutes_status,
               Signup.service_minutes)
        .join(Activity, Activity.id == Signup.activity_id)
        .where(Activity.community_id == community_id, Activity.start_at >= period.start,
               Activity.start_at < period.end)).all()
    signups = [row for row in signups if row.activity_id not in called_off]  # nobody took part in those
    by_status = Counter(row.status for row in cohort)
    minutes = Counter()
    for row in signups:
        minutes[row.minutes_status] += row.service_minutes or 0
    by_team: dict[int, set[int]] = defaultdict(set)
    for row in cohort:
        if row.team_id is not None:
            by_team[row.team_id].add(row.id)
    teams = db.session.execute(select(Team.id, Team.name).where(Team.community_id == community_id)
                               .order_by(Team.id)).all()
    members = dict(db.session.execute(
        select(TeamMember.team_id, func.count()).join(Team, Team.id == TeamMember.team_id)
        .where(Team.community_id == community_id, TeamMember.status == "approved")
        .group_by(TeamMember.team_id)).all())
    return {
        **_figures(signups, ids),
        "by_status": {status: by_status[status] for status in ACTIVITY_STATUSES},
        "waitlisted": sum(1 for row in signups if row.status == "waitlisted"),
        "no_shows": sum(1 for row in signups if row.status == "no_show"),
        "pending_review_minutes": minutes["pending_review"],
        "by_team": [{"team_id": team.id, "name": team.name, "members": members.get(team.id, 0),
                     **_figures(signups, by_team.get(team.id, set()))} for team in teams],
    }
