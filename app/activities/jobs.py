"""The activities' sweeps: those with a place are reminded an hour before the start, and activities nobody closed
are closed a day after their end (minutes final, points paid, no-shows recorded). Each activity in its own unit of
work (app.jobs)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.activities import closing, notices, service
from app.activities.models import Activity, Signup
from app.db import change_if
from app.extensions import db
from app.jobs import Job, sweep

REMIND_BEFORE = timedelta(hours=1)


def due_for_reminder() -> list[int]:
    now = clock.now()
    return list(db.session.scalars(select(Activity.id).where(
        Activity.status == "open", Activity.reminded_at.is_(None), Activity.start_at > now,
        Activity.start_at <= now + REMIND_BEFORE).order_by(Activity.id)))


def remind(activity_id: int) -> bool:
    activity = service.get(activity_id=activity_id)
    if activity is None or not change_if(activity, column="reminded_at", seen=None,
                                         values={"reminded_at": clock.now()}):
        return False
    places = db.session.scalars(select(Signup).where(Signup.activity_id == activity.id,
                                                     Signup.status == "confirmed").order_by(Signup.id)).all()
    notices.starting_soon(activity, places)
    return True


def remind_starting() -> int:
    return sweep("remind_activities", due_for_reminder(), remind)


def close_overdue() -> int:
    return sweep("close_activities", closing.due_for_closing(), closing.close_by_id)


def jobs(app):
    return [
        Job("remind_activities", remind_starting, 60),
        Job("close_activities", close_overdue, 600),
    ]
