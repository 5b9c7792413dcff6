"""The minutes' status machine, for any record of service that carries `service_minutes` and `minutes_status` (an
order; an activity's sign-up): the one place those change, each a compare-and-set on the status seen.

    (none) ──verify──▶ verified
    (none) ──hold_for_review──▶ pending_review ──approve / reject──▶ approved | rejected
                                pending_review ──confirm──▶ verified   (the last reason, the missing confirmation, gone)
    verified, approved, pending_review ──void──▶ voided   (a points reversal: the record no longer stands)

Verified and approved minutes count in the volunteer's totals (kept apart, as the rules on 志愿时长 require: what
the system verified, what staff approved); voiding takes them off again.
"""
from __future__ import annotations

from sqlalchemy import update

from app.db import change_if
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching.models import Volunteer
from app.records import service as records_service

MINUTES_STATUSES = ("verified", "pending_review", "approved", "rejected", "voided")
COUNTED = ("verified", "approved")
# action: (statuses it starts from, the status it leads to, conflict code)
TRANSITIONS = {
    "verify": ((None,), "verified", "minutes_already_recorded"),
    "hold_for_review": ((None,), "pending_review", "minutes_already_recorded"),
    "approve": (("pending_review",), "approved", "minutes_not_pending_review"),
    "reject": (("pending_review",), "rejected", "minutes_not_pending_review"),
    "confirm": (("pending_review",), "verified", "minutes_not_pending_review"),
    "void": (COUNTED + ("pending_review",), "voided", "minutes_not_voidable"),
}
CONFLICT_DETAILS = {
    "minutes_already_recorded": _l("These minutes were recorded already."),
    "minutes_not_pending_review": _l("These minutes are not waiting for review."),
    "minutes_not_voidable": _l("These minutes were not recorded, or were rejected or voided already."),
}
_TOTALS = {"verified": "verified_minutes", "approved": "approved_minutes"}


def check(record, action: str) -> None:
    """409 when `action` cannot start from the record's minutes status (for callers that work out values first)."""
    sources, _target, code = TRANSITIONS[action]
    if record.minutes_status not in sources:
        raise ApiError.conflict(code, CONFLICT_DETAILS[code])


def change(record, action: str, *, volunteer_id: int, **values) -> None:
    """Move `record`'s minutes by `action`, writing `values` with it (service_minutes, the reviewer...), and keep the
    volunteer's totals in step. 409 when the minutes are not (or no longer) where the action starts."""
    check(record, action)
    _sources, target, code = TRANSITIONS[action]
    seen = record.minutes_status
    if not change_if(record, column="minutes_status", seen=seen, values={"minutes_status": target, **values}):
        raise ApiError.conflict(code, CONFLICT_DETAILS[code])
    if seen in _TOTALS:
        _add_to_total(volunteer_id, _TOTALS[seen], -(record.service_minutes or 0))
    if target in _TOTALS:
        _add_to_total(volunteer_id, _TOTALS[target], record.service_minutes or 0)
    if seen in COUNTED or target in COUNTED:
        records_service.minutes_recorded(volunteer_id=volunteer_id)  # star levels (星级) follow counted minutes


def _add_to_total(volunteer_id: int, column: str, minutes: int) -> None:
    """An increment in SQL, not on a loaded object: two records of one volunteer settled at once both count."""
    if not minutes:
        return
    db.session.execute(update(Volunteer).where(Volunteer.id == volunteer_id)
                       .values({column: getattr(Volunteer, column) + minutes})
                       .execution_options(synchronize_session=False))
    loaded = db.session.identity_map.get((Volunteer, (volunteer_id,), None))
    if loaded is not None:
        db.session.expire(loaded, [column])
