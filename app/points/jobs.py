"""The points sweeps run by the one scheduler process (`flask scheduler run`)."""
from __future__ import annotations

from flask import Flask

from app.points import service
from app.scheduler import Job


def jobs(app: Flask) -> list[Job]:
    # Hourly is plenty: expiry is by calendar day, and a second run the same day finds nothing to do.
    return [Job("expire_points", service.expire_points, 3600)]
