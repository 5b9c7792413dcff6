"""A person's rights over their data (PIPL): a copy of everything the service holds about them (Art. 45), and
closing the account (Art. 47), which erases or pseudonymises their personal data while the service records,
ratings and ledger entries that others rely on stay, under the pseudonym.

Closing an account, what happens to what is still open:
- Orders the person placed that nobody is serving yet (pending, offered, accepted) are cancelled, as the person
  would cancel them (the holder of an accepted one gets their capacity back). An order of theirs being served
  right now (in service) refuses the closing with 409 `order_in_service`: someone is at their door; close it
  once the service is done.
- Orders the person holds as a volunteer (accepted or in service) refuse it with 409 `holds_orders`: a resident is
  waiting for them; they finish or hand them back (staff can cancel or reassign) first. Offers waiting for their
  answer are declined.
- Their recurring services (每周探访) stop, their addresses erased.
- Redemptions not yet collected are cancelled: the stock goes back to the shop and the points are refunded to the
  account, through the ledger as any cancellation.

What is erased, or replaced by the pseudonym (`注销用户xxxxxxxx`): the phone, the name, the password, the WeChat
identity (openid, unionid), the real name and ID number, the addresses and notes of the orders they placed (the
point coarsened to its H3 cell), their home and live location (their profile leaves every search), the comments
of their ratings, their free-text reasons and service summaries, their inbox and queued WeChat messages, the replay
records of their requests, and their name where others' notifications quote it. A certificate already issued keeps
verifying, the name in it masked. What stays: orders, minutes, ratings' stars, ledger entries (append-only: their
reasons name orders and items, never people), redemptions, certificates and the audit of reads, all keyed by ids
that now lead to the pseudonym. So totals, certificates and `flask points verify` hold as before.
"""
from __future__ import annotations

import json
import secrets
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, or_, select, update

from app import clock
from app.accounts.models import TokenFamily, User, staff_communities
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.idempotency import IdempotencyRecord
from app import geo
from app.matching import index
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.menu.models import Community
from app.notify.models import Notification, OutboxMessage
from app.orders.models import Offer, Order, OrderEvent, Rating
from app.points import ledger
from app.points import statements
from app.points.models import Redemption
from app.records import certificates
from app.records import service as records_service
from app.records.models import AccountClosure, AuditEntry, Certificate, RealName
from app.series import service as series_service
from app.series.models import OrderSeries

ERASED_ADDRESS = "（已注销）"
CLOSED_REASON = "账户注销"


# A copy of everything (PIPL Art. 45)

def _plain(value):
    """JSON as the export holds it: ISO 8601 times and dates, bytes never (ciphertexts are not personal data the
    person can read; the number they hide is given in the clear)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, memoryview)):
        return None
    return value


def _columns(obj, *skip: str) -> dict:
    return {column.key: getattr(obj, column.key) for column in obj.__table__.columns if column.key not in skip}


def personal_data(*, user: User) -> dict:
    """GET /me/export: everything held about the caller. Their unmasked ID number is in it, so the read is
    audited like any other."""
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    registration = records_service.get_registration(user_id=user.id)
    if registration is not None:
        _audit_own_read(user)  # first, so the reads listed below include this one
    data = {
        "generated_at": clock.now(),
        "account": {**_columns(user, "password_hash", "roles_text"), "roles": sorted(user.roles),
                    "has_password": user.password_hash is not None,
                    "communities": [{"id": c.id, "name": c.name} for c in user.communities]},
        "sign_ins": [_columns(f) for f in db.session.scalars(
            select(TokenFamily).where(TokenFamily.user_id == user.id).order_by(TokenFamily.id))],
        "identity": None,
        "orders_placed": [_order_placed(o) for o in db.session.scalars(
            select(Order).where(Order.resident_id == user.id).order_by(Order.id))],
        "order_series": [_columns(s) for s in db.session.scalars(
            select(OrderSeries).where(OrderSeries.resident_id == user.id).order_by(OrderSeries.id))],
        "notifications": [_columns(n) for n in db.session.scalars(
            select(Notification).where(Notification.user_id == user.id).order_by(Notification.id))],
        "id_number_reads": [_columns(a, "subject_user_id") for a in db.session.scalars(
            select(AuditEntry).where(AuditEntry.subject_user_id == user.id).order_by(AuditEntry.id))],
        "volunteer": None,
    }
    if registration is not None:
        data["identity"] = {**records_service.registration_of(user_id=user.id), "id_number_masked":
                            registration.id_number_masked, "id_number": records_service.reveal_id_number(registration),
                            "sex": registration.sex}
    if volunteer is not None:
        data["volunteer"] = _volunteer_data(volunteer)
    return _plain(data)


def _audit_own_read(user: User) -> None:
    from flask import g

    db.session.add(AuditEntry(at=clock.now(), actor_id=user.id, action="id_number_read", subject_user_id=user.id,
                              detail="the person's own data export (GET /me/export)",
                              request_id=g.get("request_id")))
    db.session.flush()


def _order_placed(order: Order) -> dict:
    rating = order.rating
    return {**_columns(order, "cell"), "rating": _columns(rating) if rating is not None else None}


def _volunteer_data(volunteer: Volunteer) -> dict:
    account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
    entries = []
    if account is not None:
        entries = [row._asdict() for row in db.session.execute(statements.statement(volunteer=volunteer))]
    return {
        "profile": {**_columns(volunteer, "home_cell"), "skills": [c.name for c in volunteer.skills]},
        "record": records_service.record(volunteer=volunteer),
        "orders_served": [_columns(o, "cell", "address", "note", "lat", "lng") for o in db.session.scalars(
            select(Order).where(Order.volunteer_id == volunteer.id).order_by(Order.id))],
        "offers": [_columns(o) for o in db.session.scalars(
            select(Offer).where(Offer.volunteer_id == volunteer.id).order_by(Offer.id))],
        "ratings_received": [_columns(r) for r in db.session.scalars(
            select(Rating).where(Rating.volunteer_id == volunteer.id).order_by(Rating.id))],
        "points": {**statements.summary(volunteer=volunteer), "entries": entries},
        "redemptions": [_columns(r) for r in db.session.scalars(
            select(Redemption).where(Redemption.volunteer_id == volunteer.id).order_by(Redemption.id))],
        "certificates": [{**certificates.public_view(c), "facts": c.facts} for c in db.session.scalars(
            select(Certificate).where(Certificate.volunteer_id == volunteer.id).order_by(Certificate.id))],
    }


# Closing the account (PIPL Art. 47)

def close_account(*, user: User) -> AccountClosure:
    """DELETE /me. See the module docstring for what is refused, settled, erased and kept."""
    from app.orders import acceptance, access, closing
    from app.points import shop

    volunteer = volunteers_service.get_by_user(user_id=user.id)
    _refuse_while_serving(user, volunteer)
    for order in db.session.scalars(select(Order).where(
            Order.resident_id == user.id, Order.status.in_(("pending", "offered", "accepted"))).order_by(Order.id)):
        closing.cancel(order=order, user=user, reason=CLOSED_REASON)
    if volunteer is not None:
        if volunteer.status == "approved":
            for offer in db.session.scalars(select(Offer).where(
                    Offer.volunteer_id == volunteer.id, Offer.status == "pending").order_by(Offer.id)):
                acceptance.decline(order=access.get(order_id=offer.order_id), user=user,
                                       reason=CLOSED_REASON)
        for redemption in db.session.scalars(select(Redemption).where(
                Redemption.volunteer_id == volunteer.id, Redemption.status == "pending").order_by(Redemption.id)):
            shop.withdraw(redemption=redemption, user=user, reason=CLOSED_REASON)
    db.session.flush()
    pseudonym = f"注销用户{secrets.token_hex(4)}"
    names = [n for n in {user.name, getattr(records_service.get_registration(user_id=user.id), "real_name", None)}
             if n]
    _erase_orders(user, volunteer)
    _close_series(user)
    if volunteer is not None:
        _erase_volunteer(volunteer, names, pseudonym)
    _erase_messages(user, names, pseudonym)
    db.session.execute(delete(RealName).where(RealName.user_id == user.id))
    db.session.execute(delete(staff_communities).where(staff_communities.c.user_id == user.id))
    now = clock.now()
    db.session.execute(update(TokenFamily).where(TokenFamily.user_id == user.id, TokenFamily.revoked_at.is_(None))
                       .values(revoked_at=now, revoked_reason="account_closed"))
    user.phone = user.password_hash = user.openid = user.unionid = None
    user.name, user.elderly_living_alone, user.disabled_at = pseudonym, False, now
    closure = AccountClosure(user_id=user.id, pseudonym=pseudonym, closed_at=now)
    db.session.add(closure)
    db.session.flush()
    return closure


def _close_series(user: User) -> None:
    """Their recurring services stop (no order is placed for a closed account), and the address and note they gave
    are erased as their orders' are."""
    for series in db.session.scalars(select(OrderSeries).where(OrderSeries.resident_id == user.id)):
        if series.status == "active":
            series_service.stop(series=series, user=user)
        series.address, series.note = ERASED_ADDRESS, ""
        series.lat, series.lng = geo.coarse_point(series.lat, series.lng)


def _refuse_while_serving(user: User, volunteer: Volunteer | None) -> None:
    if db.session.scalar(select(Order.id).where(Order.resident_id == user.id, Order.status == "in_service")
                         .limit(1)) is not None:
        raise ApiError.conflict("order_in_service", _l("An order of yours is being served now: close your account "
                                                    "once it is done."))
    if volunteer is not None and db.session.scalar(select(Order.id).where(
            Order.volunteer_id == volunteer.id, Order.status.in_(("accepted", "in_service"))).limit(1)) is not None:
        raise ApiError.conflict("holds_orders", _l("You hold orders that residents are waiting for: finish them, or "
                                                "ask the community staff to hand them on, then close your account."))


def _erase_orders(user: User, volunteer: Volunteer | None) -> None:
    """The addresses, notes and free text of the orders they placed; their reasons and summaries everywhere."""
    placed = db.session.scalars(select(Order).where(Order.resident_id == user.id)).all()
    for order in placed:
        order.address, order.note, order.summary, order.cancel_reason = ERASED_ADDRESS, "", None, None
        order.lat, order.lng = geo.coarse_point(order.lat, order.lng)
        order.cell = geo.cell_of(order.lat, order.lng)
        # Where the volunteer checked in and out is the resident's door (the distances, which verified the minutes,
        # stay).
        order.check_in_lat = order.check_in_lng = order.check_out_lat = order.check_out_lng = None
    placed_ids = [o.id for o in placed]
    if placed_ids:
        db.session.execute(update(Rating).where(Rating.order_id.in_(placed_ids)).values(comment=""))
    if volunteer is not None:
        db.session.execute(update(Order).where(Order.volunteer_id == volunteer.id)
                           .values(summary=None, check_in_lat=None, check_in_lng=None, check_out_lat=None,
                                   check_out_lng=None))
    # Free text they typed on the timeline: reasons to cancel or decline.
    db.session.execute(update(OrderEvent).where(
        OrderEvent.actor_id == user.id,
        or_(OrderEvent.to_status == "cancelled",
            (OrderEvent.from_status == "offered") & (OrderEvent.to_status == "pending")))
        .values(note="", note_msg=None))


def _erase_volunteer(volunteer: Volunteer, names: list[str], pseudonym: str) -> None:
    """Out of every search, home and live location gone (the community's centre stands in for the home, which
    the table requires); issued certificates show the name masked."""
    community = db.session.get(Community, volunteer.community_id)
    volunteer.home_lat, volunteer.home_lng = community.lat, community.lng
    volunteer.home_cell = geo.cell_of(community.lat, community.lng)
    volunteer.live_lat = volunteer.live_lng = volunteer.live_at = None
    volunteer.availability, volunteer.on_duty = [], False
    volunteer.status, volunteer.suspended_at, volunteer.suspended_reason = "suspended", clock.now(), "账户已注销"
    index.reindex(volunteer)
    for certificate in db.session.scalars(select(Certificate).where(Certificate.volunteer_id == volunteer.id)):
        certificate.facts = {**certificate.facts, "name": certificate.facts["name_masked"]}
    # Residents were told this volunteer's name when they accepted (order_accepted): replace it there.
    held = select(Order.id).where(Order.volunteer_id == volunteer.id)
    keys = [f"order:{order_id}:accepted" for order_id in db.session.scalars(held)]
    for start in range(0, len(keys), 500):
        for notification in db.session.scalars(select(Notification).where(
                Notification.dedupe_key.in_(keys[start:start + 500]))):
            _replace_names(notification, names, pseudonym)


def _replace(value, names: list[str], pseudonym: str):
    if isinstance(value, str):
        for name in names:
            value = value.replace(name, pseudonym)
        return value
    if isinstance(value, dict):
        return {k: _replace(v, names, pseudonym) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, names, pseudonym) for v in value]
    return value


def _replace_names(notification: Notification, names: list[str], pseudonym: str) -> None:
    notification.title = _replace(notification.title, names, pseudonym)
    notification.body = _replace(notification.body, names, pseudonym)
    # The params the texts are rendered from again for each reader (app.i18n) hold the same names.
    notification.title_msg = _replace(notification.title_msg, names, pseudonym)
    notification.body_msg = _replace(notification.body_msg, names, pseudonym)
    notification.data = _replace(notification.data, names, pseudonym)
    for message in db.session.scalars(select(OutboxMessage).where(
            OutboxMessage.notification_id == notification.id)):
        message.fields = _replace(message.fields, names, pseudonym)


def _erase_messages(user: User, names: list[str], pseudonym: str) -> None:
    """Their inbox and WeChat messages, and replay records that hold their data (their own requests', and others'
    responses that quote their phone or name: 代点单 by staff, say; the records are kept 48 hours anyway)."""
    mine = select(Notification.id).where(Notification.user_id == user.id)
    db.session.execute(delete(OutboxMessage).where(or_(OutboxMessage.notification_id.in_(mine),
                                                       OutboxMessage.openid == user.openid)))
    db.session.execute(delete(Notification).where(Notification.user_id == user.id))
    quoted = [text for text in (user.phone, *names) if text]
    # As the response body holds them: JSON escapes non-ASCII characters (\u5f20).
    forms = {text for text in quoted} | {json.dumps(text)[1:-1] for text in quoted}
    db.session.execute(delete(IdempotencyRecord).where(or_(
        IdempotencyRecord.caller_id == user.id,
        *(IdempotencyRecord.response_body.contains(form, autoescape=True) for form in forms))))
