"""The activities' sweeps with the clock moved: those with a place are reminded an hour before the start, once; an
activity nobody closed is closed a day after its end (no-shows recorded, points paid), once."""
from datetime import timedelta

from sqlalchemy import func, select

from app import clock
from app.activities import jobs
from app.activities.models import Activity, Signup
from app.extensions import db
from app.matching.models import Volunteer
from app.notify.models import Notification
from app.points.models import LedgerEntry
from tests import factories
from tests.activities.conftest import API, code_now, here, sign_up


def _count(model, *where):
    with factories.context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def test_those_with_a_place_are_reminded_once_an_hour_before(client, auth, world, ctx):
    activity = factories.activity(world.community, world.category, quota=1, start_in_hours=3)
    placed, waiting = world.volunteers[:2]
    sign_up(client, auth, activity.id, placed)
    sign_up(client, auth, activity.id, waiting)
    assert jobs.remind_starting() == 0
    clock.set_time(activity.start_at - timedelta(minutes=59))
    assert jobs.remind_starting() == 1
    assert jobs.remind_starting() == 0  # a second run, or a second scheduler, tells nobody again
    starting = Notification.event == "activity_starting"
    assert _count(Notification, starting, Notification.user_id == placed.user_id) == 1
    assert _count(Notification, starting, Notification.user_id == waiting.user_id) == 0


def test_an_activity_nobody_closed_is_closed_a_day_after_its_end(client, auth, world, ctx):
    activity = factories.activity(world.community, world.category, hours=2, points_per_hour=10)
    came, absent = world.volunteers[:2]
    for v in (came, absent):
        sign_up(client, auth, activity.id, v)
    clock.set_time(activity.start_at)
    for what in ("check-in", "check-out"):
        client.post(f"{API}/activities/{activity.id}/{what}", headers=auth.headers(came.user),
                    json={**here(world.community), "code": code_now(activity.id)})
        clock.advance(timedelta(minutes=90))
    clock.set_time(activity.end_at + timedelta(hours=23))
    assert jobs.close_overdue() == 0
    clock.set_time(activity.end_at + timedelta(hours=25))
    assert jobs.close_overdue() == 1
    assert jobs.close_overdue() == 0
    with factories.context():
        closed = db.session.get(Activity, activity.id)
        assert closed.status == "closed" and closed.closed_by_id is None
        assert db.session.get(Volunteer, absent.id).no_shows == 1
        assert db.session.scalar(select(Signup.status).where(Signup.volunteer_id == absent.id)) == "no_show"
    assert _count(LedgerEntry, LedgerEntry.activity_id == activity.id) == 1


def test_the_scheduler_runs_the_activity_sweeps(app):
    from app.scheduler import all_jobs

    names = {job.name for job in all_jobs(app)}
    assert {"remind_activities", "close_activities"} <= names
