"""The points sweeps run by the one scheduler process (`flask scheduler run`)."""
from __future__ import annotations

from flask import Flask

from app.jobs import Job, sweep
from app.points import expiry


def expire_points() -> int:
    """Points past their community's expiry, one volunteer per unit of work. Returns the points expired."""
    return sweep("expire_points", expiry.due(), expiry.expire_for)


def jobs(app: Flask) -> list[Job]:
    # Hourly is plenty: expiry is by calendar day, and a second run the same day finds nothing to do.
    return [Job("expire_points", expire_points, 3600)]
