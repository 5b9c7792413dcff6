"""The official record's core: real-name registration (实名), the service record with verified and approved minutes
kept apart, and star levels (星级). Certificates, exports, a person's rights and area figures build on it in their
own modules (certificates.py, exports.py, rights.py, areas.py).

Other domains call `minutes_recorded` whenever a volunteer's counted minutes change (app.attendance.minutes, the one
place minutes are verified, approved or voided, for orders and activity signups alike), and `star_level_of` and
`registration_of` to show what the record holds.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date, datetime

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import clock
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.presenting import Shown
from app.menu.models import Category, Community
from app.notify import service as notify_service
from app.records import identity, vault
from app.records.models import RealName, StarLevel
from app.records.sources import Scope, services

log = logging.getLogger(__name__)

REAL_NAME_FIELDS = ("real_name", "id_type", "id_number")


# Real names (实名)

def _context(user_id: int) -> str:
    """Binds a ciphertext to its person: copied into another row, it does not decrypt."""
    return f"real_names:user:{user_id}"


def get_registration(*, user_id: int) -> RealName | None:
    return db.session.get(RealName, user_id)


def registration_of(*, user_id: int) -> dict | None:
    """What anyone, the person included, is shown of a registration: the ID number masked."""
    registration = get_registration(user_id=user_id)
    if registration is None:
        return None
    return {"real_name": registration.real_name, "id_type": registration.id_type,
            "id_type_name": identity.ID_TYPES.get(registration.id_type, registration.id_type),
            "id_number": registration.id_number_masked, "registered_at": registration.registered_at}


def register_real_name(*, user, real_name_in: dict) -> RealName | None:
    """PATCH /volunteers/me with `real_name`, `id_type`, `id_number`: register (or correct) the caller's real name.
    A resident ID must pass its GB 11643 check (422 `id_number_invalid`); one ID number belongs to one person
    (409 `id_taken`). Nothing of the number but its masked form leaves this function. None when the body holds no
    real-name field."""
    if not any(name in real_name_in for name in REAL_NAME_FIELDS):
        return None
    id_type = real_name_in.get("id_type", "resident_id")
    try:
        number = identity.validate(id_type, real_name_in["id_number"])
    except identity.IdNumberError as exc:
        raise ApiError.invalid("id_number_invalid", str(exc), field="id_number") from None
    digest = vault.lookup_hash(f"{id_type}:{number}")
    holder = db.session.scalar(select(RealName.user_id).where(RealName.id_number_hash == digest))
    if holder is not None and holder != user.id:
        raise _id_taken()
    registration = get_registration(user_id=user.id)
    now = clock.now()
    if registration is None:
        registration = RealName(user_id=user.id, registered_at=now)
    registration.real_name = real_name_in["real_name"]
    registration.id_type = id_type
    registration.id_number_ciphertext = vault.encrypt(number, context=_context(user.id))
    registration.id_number_hash = digest
    registration.id_number_masked = identity.mask_id(number)
    registration.sex = identity.sex(number) if id_type in identity.CHECKED_TYPES else None
    registration.updated_at = now
    try:
        with db.session.begin_nested():  # a concurrent registration of the same number loses on the unique hash
            db.session.add(registration)
    except IntegrityError:
        raise _id_taken() from None
    log.info("real name registered for user %s (%s %s)", user.id, id_type, registration.id_number_masked)
    return registration


def _id_taken() -> ApiError:
    return ApiError.conflict("id_taken", _l("This ID number is registered to another volunteer."))


def reveal_id_number(registration: RealName) -> str:
    """The unmasked number. Only the audited reads call this (app.records.exports' national export, a person's own
    data export in app.records.rights), each after writing its audit entries."""
    return vault.decrypt(registration.id_number_ciphertext, context=_context(registration.user_id))


def decrypt_id_number(*, user_id: int, ciphertext: bytes) -> str:
    """`reveal_id_number` for a row read without its object (streamed exports)."""
    return vault.decrypt(ciphertext, context=_context(user_id))


# Star levels (星级)

def thresholds() -> tuple[int, ...]:
    """The hours of each star, from one star up (setting STAR_LEVEL_HOURS; 100, 300, 600, 1000, 1500 by default)."""
    return tuple(current_app.config["STAR_LEVEL_HOURS"])


def level_for(minutes: int, hours: tuple[int, ...] | None = None) -> int:
    """Stars for this many verified plus approved minutes: one per threshold reached."""
    hours = thresholds() if hours is None else hours
    return sum(1 for h in hours if minutes >= h * 60)


def next_level(minutes: int) -> dict | None:
    """The next star to reach and the hours still to go, or None at the top."""
    hours = thresholds()
    level = level_for(minutes, hours)
    if level >= len(hours):
        return None
    return {"star_level": level + 1, "hours": hours[level], "hours_to_go": round(hours[level] - minutes / 60, 1)}


def counted_minutes(*, volunteer_id: int) -> dict[str, int]:
    """{"verified": minutes, "approved": minutes} over every source, all time."""
    rows = services(Scope(volunteer_ids=(volunteer_id,)))
    totals = dict(db.session.execute(
        select(rows.c.minutes_status, func.coalesce(func.sum(rows.c.minutes), 0)).group_by(rows.c.minutes_status)
    ).all())
    return {"verified": int(totals.get("verified", 0)), "approved": int(totals.get("approved", 0))}


def own_profile(volunteer) -> Shown:
    """A volunteer's own profile with what the official record holds of them: the star level and the real-name
    registration, masked (VolunteerMeSchema)."""
    return Shown(volunteer, star_level=star_level_of(volunteer_id=volunteer.id),
                 identity=registration_of(user_id=volunteer.user_id))


def star_level_of(*, volunteer_id: int) -> int:
    totals = counted_minutes(volunteer_id=volunteer_id)
    return level_for(totals["verified"] + totals["approved"])


def minutes_recorded(*, volunteer_id: int) -> int:
    """A volunteer's counted minutes changed (service verified or approved, or minutes voided): bring their star
    level up to date, and tell them when they reach a new one (once per level). Returns the level. Does not
    commit: it runs in the caller's transaction."""
    db.session.flush()
    totals = counted_minutes(volunteer_id=volunteer_id)
    level = level_for(totals["verified"] + totals["approved"])
    standing = _standing(volunteer_id)
    now = clock.now()
    if level > standing.level:
        standing.reached_at = now
        _tell_star_level(volunteer_id, level, totals)
    standing.level, standing.updated_at = level, now
    return level


def _standing(volunteer_id: int) -> StarLevel:
    standing = db.session.get(StarLevel, volunteer_id)
    if standing is not None:
        return standing
    try:
        with db.session.begin_nested():
            standing = StarLevel(volunteer_id=volunteer_id, level=0, updated_at=clock.now())
            db.session.add(standing)
    except IntegrityError:  # created meanwhile by a concurrent check-out: use that one
        standing = db.session.get(StarLevel, volunteer_id, populate_existing=True)
    return standing


def _tell_star_level(volunteer_id: int, level: int, totals: dict) -> None:
    from app.matching.models import Volunteer

    volunteer = db.session.get(Volunteer, volunteer_id)
    hours = round((totals["verified"] + totals["approved"]) / 60, 1)
    notify_service.notify(
        user_id=volunteer.user_id, event="star_level_reached",
        title=msg("Congratulations: you are a %(level)s-star volunteer", level=level),
        body=msg("Your volunteer service has reached %(hours)s hours: you are a %(level)s-star volunteer. Thank you!",
                 hours=hours, level=level),
        dedupe_key=f"volunteer:{volunteer_id}:star_level:{level}",
        data={"volunteer_id": volunteer_id, "star_level": level, "hours": hours})


# The service record

def hours(minutes: int) -> float:
    """Minutes as hours, to one decimal: how the record, certificates and exports all show hours."""
    return round((minutes or 0) / 60, 1)


def china_date(moment: datetime) -> date:
    return moment.astimezone(clock.CHINA_TZ).date()


def service_rows(scope: Scope) -> list:
    """Services in the scope with their organisation (community) and category names, oldest first."""
    rows = services(scope)
    return db.session.execute(
        select(rows, Community.name.label("community_name"), Category.name.label("category_name"))
        .join(Community, Community.id == rows.c.community_id)
        .outerjoin(Category, Category.id == rows.c.category_id)
        .order_by(rows.c.ended_at, rows.c.source, rows.c.source_id)
    ).all()


def _totals(rows) -> dict:
    verified = sum(row.minutes or 0 for row in rows if row.minutes_status == "verified")
    approved = sum(row.minutes or 0 for row in rows if row.minutes_status == "approved")
    return {"services": len(rows), "verified_minutes": verified, "approved_minutes": approved,
            "minutes": verified + approved, "verified_hours": hours(verified), "approved_hours": hours(approved),
            "hours": hours(verified + approved)}


def record(*, volunteer, year: int | None = None) -> dict:
    """GET /volunteers/me/record: every service (of the year, when given), with verified (system-recorded) and
    approved (staff-approved) minutes apart, totals by China year and in all, and the star level."""
    rows = service_rows(Scope(volunteer_ids=(volunteer.id,)))
    by_year: dict[int, list] = defaultdict(list)
    for row in rows:
        by_year[china_date(row.ended_at).year].append(row)
    totals = _totals(rows)
    shown = rows if year is None else by_year.get(year, [])
    return {
        "volunteer_id": volunteer.id,
        "year": year,
        "star_level": level_for(totals["minutes"]),
        "next_star_level": next_level(totals["minutes"]),
        "star_level_hours": list(thresholds()),
        "totals": totals,
        "by_year": [{"year": y, **_totals(year_rows)} for y, year_rows in sorted(by_year.items())],
        "services": [service_view(row) for row in shown],
    }


def service_view(row) -> dict:
    return {"source": row.source, "source_id": row.source_id, "date": china_date(row.ended_at),
            "started_at": row.started_at, "ended_at": row.ended_at,
            "organisation": {"id": row.community_id, "name": row.community_name},
            "item": row.item_name, "category": row.category_name, "minutes": row.minutes or 0,
            "hours": hours(row.minutes), "minutes_status": row.minutes_status}
