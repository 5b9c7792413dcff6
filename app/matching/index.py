"""The search index: one row per (skill, cell) where an approved volunteer can be found, kept in step with their
profile by `reindex` whenever status, skills, places, availability or duty change."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, insert

from app import clock, geo
from app.extensions import db
from app.matching.availability import week_hours
from app.matching.models import Volunteer, VolunteerCell

LIVE_FRESH_FOR = timedelta(minutes=15)


def reindex(volunteer: Volunteer) -> None:
    """Bring the volunteer's index rows in step with their status, skills, home and live location, availability and
    being on duty."""
    db.session.flush()
    db.session.execute(delete(VolunteerCell).where(VolunteerCell.volunteer_id == volunteer.id))
    if volunteer.status != "approved":
        return
    rows = []
    live_fresh_until = (volunteer.live_at + LIVE_FRESH_FOR) if volunteer.live_at else None
    places = [("home", volunteer.home_lat, volunteer.home_lng, None)]
    if volunteer.on_duty and volunteer.live_lat is not None and live_fresh_until and live_fresh_until > clock.now():
        places.append(("live", volunteer.live_lat, volunteer.live_lng, live_fresh_until))
    hours = week_hours(volunteer.availability or [])
    for source, lat, lng, fresh_until in places:
        cell = geo.cell_of(lat, lng)
        for category_id in volunteer.skill_ids:
            rows.append(dict(category_id=category_id, community_id=volunteer.community_id, cell=cell, volunteer_id=volunteer.id, source=source,
                             lat=lat, lng=lng, fresh_until=fresh_until, available_hours_0=hours[0],
                             available_hours_1=hours[1], available_hours_2=hours[2], on_duty=volunteer.on_duty))
    if rows:
        db.session.execute(insert(VolunteerCell), rows)
