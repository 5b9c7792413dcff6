"""Certificates (志愿服务记录证明): issued on a volunteer's request for a period, they store what they certify (a
snapshot: later service, minutes reviews or a corrected name do not change an issued certificate) under an
unguessable code. Anyone holding the code can verify one; staff can revoke one, which keeps it, marked invalid.

The snapshot (`Certificate.facts`) holds the real name and the masked ID number as they were at issue, the services
of the period by organisation (community) with verified and approved minutes apart, the star level then, and the
issuer. When the person closes their account (app.records.rights), the name in it is replaced by its masked form:
the certificate still verifies, showing what it always showed anyone but its holder.
"""
from __future__ import annotations

import base64
import re
import secrets
from collections import defaultdict
from datetime import date, timedelta

from flask import current_app, url_for
from sqlalchemy import select

from app import clock
from app.accounts.auth import can_staff
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching.models import Volunteer
from app.menu.models import Community
from app.records import identity
from app.records import service as records_service
from app.records.models import Certificate
from app.records.sources import Scope
from app.stats.service import china_day, china_midnight

CODE_BYTES = 15  # 120 random bits: 24 characters of base32, never guessed
CODE_SHAPE = re.compile(r"[A-Z2-7]{24}")


def _new_code() -> str:
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode()


def get(*, code: str) -> Certificate:
    """The certificate with this code, or 404 (an unknown or altered code alike). What is not a code at all (wrong
    length, a character base32 has not, a NUL PostgreSQL would refuse) is a 404 without asking the database."""
    well_formed = bool(code) and CODE_SHAPE.fullmatch(code) is not None
    certificate = db.session.scalar(select(Certificate).where(Certificate.code == code)) if well_formed else None
    if certificate is None:
        raise ApiError.not_found("certificate")
    return certificate


def issue(*, volunteer: Volunteer, user, start: date, end: date) -> Certificate:
    """POST /volunteers/me/certificates: certify the volunteer's services from `start` to `end` (China days, both
    included). Needs a real name (409 `real_name_required`); the period may not end after today (422)."""
    registration = records_service.get_registration(user_id=user.id)
    if registration is None:
        raise ApiError.conflict("real_name_required",
                                _l("Register your real name (实名) before asking for a certificate."))
    today = china_day(clock.now())
    if end > today:
        raise ApiError.invalid("period_in_future", _l("A certificate covers days that have passed."), field="to")
    if start > end:
        raise ApiError.invalid("period_reversed", _l("`from` must not be after `to`."), field="from")
    rows = records_service.service_rows(Scope(volunteer_ids=(volunteer.id,), start=china_midnight(start),
                                              end=china_midnight(end + timedelta(days=1))))
    all_time = records_service.counted_minutes(volunteer_id=volunteer.id)
    certificate = Certificate(code=_new_code(), volunteer_id=volunteer.id, period_start=start, period_end=end,
                              issued_at=clock.now())
    certificate.facts = {
        "name": registration.real_name,
        "name_masked": identity.mask_name(registration.real_name),
        "id_type": registration.id_type,
        "id_type_name": identity.ID_TYPES.get(registration.id_type, registration.id_type),
        "id_number": registration.id_number_masked,
        "volunteer_id": volunteer.id,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "organisations": _by_organisation(rows),
        "services": len(rows),
        "verified_minutes": sum(r.minutes or 0 for r in rows if r.minutes_status == "verified"),
        "approved_minutes": sum(r.minutes or 0 for r in rows if r.minutes_status == "approved"),
        "star_level": records_service.level_for(all_time["verified"] + all_time["approved"]),
        "issuer": current_app.config["CERTIFICATE_ISSUER"],
        "issued_on": today.isoformat(),
    }
    db.session.add(certificate)
    db.session.flush()
    return certificate


def _by_organisation(rows) -> list[dict]:
    """The services of the period by organisation (community), each with its street and district."""
    grouped: dict[int, dict] = defaultdict(lambda: {"services": 0, "verified_minutes": 0, "approved_minutes": 0})
    for row in rows:
        entry = grouped[row.community_id]
        entry["services"] += 1
        entry[f"{row.minutes_status}_minutes"] += row.minutes or 0
    communities = {c.id: c for c in db.session.scalars(select(Community).where(Community.id.in_(list(grouped))))}
    return [{"community_id": cid, "name": communities[cid].name, "street": communities[cid].street,
             "district": communities[cid].district, **figures}
            for cid, figures in sorted(grouped.items())]


def revoke(*, certificate: Certificate, staff_user, reason: str = "") -> Certificate:
    """Staff of the volunteer's community (or of an organisation it certifies), or an admin, revoke a certificate:
    it stays, and verifying it says `valid: false`. 409 `certificate_revoked` the second time."""
    volunteer = db.session.get(Volunteer, certificate.volunteer_id)
    communities = {volunteer.community_id} | {o["community_id"] for o in certificate.facts["organisations"]}
    if not any(can_staff(staff_user, community_id) for community_id in communities):
        raise ApiError.forbidden(_l("Only staff of the volunteer's community may revoke this certificate."),
                                 code="not_community_staff")
    if certificate.revoked_at is not None:
        raise ApiError.conflict("certificate_revoked", _l("This certificate was revoked already."))
    certificate.revoked_at, certificate.revoked_by_id = clock.now(), staff_user.id
    certificate.revoke_reason = reason or None
    return certificate


def verify_url(certificate: Certificate) -> str:
    """Where the certificate's facts can be checked (the QR code on it): PUBLIC_BASE_URL when set."""
    base = current_app.config.get("PUBLIC_BASE_URL")
    if base:
        return f"{base}/api/v1/certificates/{certificate.code}"
    return url_for("records.verify_certificate", code=certificate.code, _external=True)


def pdf_url(certificate: Certificate) -> str:
    base = current_app.config.get("PUBLIC_BASE_URL")
    if base:
        return f"{base}/api/v1/certificates/{certificate.code}.pdf"
    return url_for("records.certificate_pdf", code=certificate.code, _external=True)


def public_view(certificate: Certificate) -> dict:
    """What anyone holding the code is told: the stored facts, the name and ID number masked."""
    facts = certificate.facts
    verified, approved = facts["verified_minutes"], facts["approved_minutes"]
    return {
        "code": certificate.code,
        "valid": certificate.revoked_at is None,
        "name": facts["name_masked"],
        "id_type": facts["id_type"],
        "id_number": facts["id_number"],
        "start": facts["from"],
        "end": facts["to"],
        "services": facts["services"],
        "verified_hours": records_service.hours(verified),
        "approved_hours": records_service.hours(approved),
        "hours": records_service.hours(verified + approved),
        "star_level": facts["star_level"],
        "organisations": [{"name": o["name"], "street": o["street"], "district": o["district"],
                           "services": o["services"], "verified_hours": records_service.hours(o["verified_minutes"]),
                           "approved_hours": records_service.hours(o["approved_minutes"])}
                          for o in facts["organisations"]],
        "issuer": facts["issuer"],
        "issued_at": certificate.issued_at,
        "revoked_at": certificate.revoked_at,
        "verify_url": verify_url(certificate),
        "pdf_url": pdf_url(certificate),
    }
