"""The one scheduler process: `flask scheduler run`.

APScheduler 3 cannot share a job store between processes, so jobs never run inside web workers. Every job
is a sweep that reads what is due from the database, so a restart loses nothing and a second run changes
nothing. A lock (a PostgreSQL advisory lock, or a file lock beside the SQLite database) makes a second
scheduler wait instead of running the jobs twice.
"""
from __future__ import annotations

import fcntl
import logging
import time
from datetime import datetime, timezone

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import text

from app import idempotency
from app.extensions import db
from app.activities import jobs as activities_jobs
from app.jobs import Job, once
from app.notify import jobs as notify_jobs
from app.orders import jobs as orders_jobs
from app.points import jobs as points_jobs
from app.series import jobs as series_jobs

log = logging.getLogger(__name__)

scheduler_cli = AppGroup("scheduler", help="The background scheduler (deadlines, expiry, reminders, delivery).")

# An arbitrary constant that names "the scheduler" among PostgreSQL advisory locks.
SCHEDULER_LOCK_ID = 727_001


def all_jobs(app: Flask) -> list[Job]:
    """Every domain's sweeps, in one list. A domain adds its jobs here, nowhere else."""
    jobs = [Job("purge_idempotency_keys", lambda: once(idempotency.purge_expired), 3600)]
    for domain in (orders_jobs, points_jobs, notify_jobs, activities_jobs, series_jobs):
        jobs.extend(domain.jobs(app))
    return jobs


def run_job(app: Flask, job: Job):
    """Run one sweep in its own app context. A sweep makes its own units of work (app.jobs); what it read outside
    them is committed here. A failure is logged and the next tick tries again."""
    with app.app_context():
        started = time.perf_counter()
        try:
            result = job.func()
            db.session.commit()
            if result:
                log.info("job %s: %s (%.0f ms)", job.name, result, (time.perf_counter() - started) * 1000)
            return result
        except Exception:
            db.session.rollback()
            log.exception("job %s failed", job.name)
        finally:
            db.session.remove()


def run_all_once(app: Flask) -> dict:
    """Every job once, in order; for `flask scheduler tick`, tests and benchmarks."""
    return {job.name: run_job(app, job) for job in all_jobs(app)}


class SingleSchedulerLock:
    """Held for the life of the scheduler process; a second process blocks here until the first exits."""

    def __init__(self, app: Flask):
        self.app = app
        self.connection = None
        self.file = None

    def acquire(self) -> None:
        engine = db.engine
        if engine.dialect.name == "postgresql":
            self.connection = engine.connect()
            log.info("waiting for the scheduler advisory lock")
            self.connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": SCHEDULER_LOCK_ID})
            self.connection.commit()
        else:
            path = self.app.instance_path + "/scheduler.lock"
            self.file = open(path, "w")
            log.info("waiting for the scheduler lock %s", path)
            fcntl.flock(self.file, fcntl.LOCK_EX)
        log.info("scheduler lock held")

    def release(self) -> None:
        if self.connection is not None:
            # A pooled connection outlives close(), and a session-level advisory lock with it: unlock first.
            self.connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": SCHEDULER_LOCK_ID})
            self.connection.commit()
            self.connection.close()
        if self.file is not None:
            self.file.close()


@scheduler_cli.command("run")
@with_appcontext
def run_command():
    """Run the scheduler in the foreground until interrupted."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    app = current_app._get_current_object()
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # our run_job logs what each sweep did
    lock = SingleSchedulerLock(app)
    lock.acquire()
    # coalesce: after downtime a job runs once, not once per missed tick (each run is a full sweep anyway).
    # misfire_grace_time: a late tick still runs instead of being dropped (the default is 1 s).
    scheduler = BlockingScheduler(timezone="UTC", job_defaults={
        "coalesce": True, "misfire_grace_time": 3600, "max_instances": 1,
    })
    for job in all_jobs(app):
        scheduler.add_job(run_job, "interval", seconds=job.seconds, args=(app, job), id=job.name, name=job.name,
                          next_run_time=datetime.now(timezone.utc))  # sweep at once on start: catch up
    click.echo(f"scheduler running {len(scheduler.get_jobs())} jobs; Ctrl-C stops it")
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        click.echo("scheduler stopped")  # Ctrl-C or a stop signal is how it ends; the lock goes below
    finally:
        lock.release()


@scheduler_cli.command("tick")
@with_appcontext
def tick_command():
    """Run every job once and exit (for cron-style operation and debugging)."""
    for name, result in run_all_once(current_app._get_current_object()).items():
        click.echo(f"{name}: {result}")
