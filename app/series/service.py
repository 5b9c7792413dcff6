"""Recurring services (每周探访): starting one (under the same rules as placing an order, checked on its first
occurrence by app.orders.placing), listing, stopping, and when each occurrence falls in the community's time zone.

Occurrences fall on `weekday` every `every_weeks` weeks from `starts_on`, at `start_time` local time. Asia/Shanghai
keeps no daylight saving, so an occurrence is the same UTC time every week; a community with a zone that does is
still right, because each occurrence is converted on its own date.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from app import clock
from app.accounts.auth import can_staff, refuse_own_record
from app.db import change_if
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.orders import placing
from app.orders.models import Order
from app.series.models import OrderSeries

DEFAULT_TIME_ZONE = "Asia/Shanghai"
MAX_SPAN = timedelta(days=366)  # a series runs at most a year; it can be started again


def time_zone_name(community) -> str:
    return menu_service.setting(community, "time_zone", DEFAULT_TIME_ZONE)


def zone_of(community) -> tzinfo:
    """The community's time zone (Asia/Shanghai unless set). Without the system's zone database, Asia/Shanghai is
    UTC+8 all year, which is what it is."""
    try:
        return ZoneInfo(time_zone_name(community))
    except (ZoneInfoNotFoundError, ValueError):
        return clock.CHINA_TZ


def window_on(series, on: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The occurrence on local date `on`: its window in UTC."""
    hours, minutes = (int(part) for part in series.start_time.split(":"))
    start = datetime.combine(on, time(hours, minutes), tzinfo=zone).astimezone(timezone.utc)
    return start, start + timedelta(minutes=series.duration_minutes)


def first_date(series, zone: tzinfo, now: datetime) -> date:
    """The first day on the series' weekday whose start is still ahead."""
    today = now.astimezone(zone).date()
    on = today + timedelta(days=(series.weekday - today.isoweekday()) % 7)
    return on if window_on(series, on, zone)[0] > now else on + timedelta(days=7)


def dates_between(series, start: date, end: date) -> list[date]:
    """The series' occurrence dates from `start` to `end` (both included), never past `until`."""
    step = 7 * series.every_weeks
    skipped = max(0, (start - series.starts_on).days // step)
    on = series.starts_on + timedelta(days=skipped * step)
    found = []
    while on <= min(end, series.until):
        if on >= start:
            found.append(on)
        on += timedelta(days=step)
    return found


def get(*, series_id: int) -> OrderSeries | None:
    return db.session.get(OrderSeries, series_id)


def _check_dates(series: OrderSeries, now: datetime, zone: tzinfo) -> None:
    if series.until < series.starts_on:
        raise ApiError.validation_failed({"until": [f"The first occurrence is on {series.starts_on}: until must "
                                                    "not be before it."]})
    if series.until > now.astimezone(zone).date() + MAX_SPAN:
        raise ApiError.validation_failed({"until": ["A series runs at most a year ahead."]})


def _check_pair(volunteer_id: int | None, community, resident, user) -> None:
    """The paired volunteer (结对): an approved volunteer of the community, not the resident themself, and not the
    staff member starting the series for a resident (they would be dispatching to themselves every week)."""
    if volunteer_id is None:
        return
    volunteer = volunteers_service.get(volunteer_id=volunteer_id)
    if volunteer is not None and resident.id != user.id:
        refuse_own_record(user, volunteer.user_id)
    if volunteer is None or volunteer.community_id != community.id or volunteer.user_id == resident.id:
        raise ApiError.invalid("unknown_volunteer", _l("No such volunteer in this community."),
                               field="preferred_volunteer_id")
    if volunteer.status != "approved":
        raise ApiError.invalid("volunteer_not_approved", _l("The paired volunteer must be an approved volunteer."),
                               field="preferred_volunteer_id")


def create(*, user, series_in: dict) -> OrderSeries:
    """A resident starts a series for themself; staff for a resident of their community. Every rule of placing an
    order is checked on the first occurrence, so a series that is refused changes nothing."""
    item = menu_service.orderable_item(item_id=series_in["menu_item_id"])
    community = menu_service.get_community_or_404(community_id=item.community_id)
    zone, now = zone_of(community), clock.now()
    fields = {k: series_in[k] for k in ("address", "lat", "lng", "weekday", "start_time", "duration_minutes",
                                        "every_weeks", "until", "note")}
    series = OrderSeries(community_id=community.id, menu_item_id=item.id, created_by_id=user.id,
                         preferred_volunteer_id=series_in.get("preferred_volunteer_id"), status="active",
                         created_at=now, **fields)
    series.starts_on = first_date(series, zone, now)
    _check_dates(series, now, zone)
    start, end = window_on(series, series.starts_on, zone)
    _, _, resident = placing.checked(user=user, order_in={**series_in, "window_start": start, "window_end": end})
    _check_pair(series.preferred_volunteer_id, community, resident, user)
    series.resident_id = resident.id
    db.session.add(series)
    db.session.flush()
    return series


def list_statement(*, user, resident_id: int | None = None, status: str | None = None):
    """A resident's own series; staff their communities' (one resident's with `resident_id`); admins all."""
    statement = select(OrderSeries)
    if user.has_role("staff") and not user.has_role("admin"):  # an admin sees every community's
        statement = statement.where(OrderSeries.community_id.in_(user.community_ids or {-1}))
    elif user.has_role("resident") and not user.has_role("admin"):
        statement = statement.where(OrderSeries.resident_id == user.id)
    elif not user.has_role("admin"):
        raise ApiError.forbidden(_l("Only residents and staff have recurring services."), code="role_required")
    if resident_id is not None:
        statement = statement.where(OrderSeries.resident_id == resident_id)
    if status is not None:
        statement = statement.where(OrderSeries.status == status)
    return statement.order_by(OrderSeries.id.desc())


def get_for(*, user, series_id: int) -> OrderSeries:
    """The series, for its resident, the staff of its community or an admin; 404 for anyone else."""
    series = get(series_id=series_id)
    if series is None or not (series.resident_id == user.id or user.has_role("admin")
                              or (user.has_role("staff") and can_staff(user, series.community_id))):
        raise ApiError.not_found("series")
    return series


def stop(*, series: OrderSeries, user) -> OrderSeries:
    """No more occurrences are placed. Orders already placed stay as they are (each can be cancelled)."""
    if not change_if(series, column="status", seen="active",
                     values={"status": "stopped", "stopped_at": clock.now(), "stopped_by_id": user.id}):
        raise ApiError.conflict("series_stopped", _l("This recurring service is stopped already."))
    return series


def with_summary(series_list: list[OrderSeries]) -> list[OrderSeries]:
    """Attach what a response shows beyond the columns: the item's name, the time zone, how many occurrences were
    placed, and the next date one falls on."""
    ids = [s.id for s in series_list]
    placed = dict(db.session.execute(select(Order.series_id, func.count()).where(Order.series_id.in_(ids))
                                     .group_by(Order.series_id)).all()) if ids else {}
    now = clock.now()
    for series in series_list:
        community = menu_service.get_community_or_404(community_id=series.community_id)
        zone = zone_of(community)
        item = menu_service.get_item(item_id=series.menu_item_id)
        series.item_name, series.time_zone = item.name if item else "", time_zone_name(community)
        series.orders_placed = placed.get(series.id, 0)
        today = now.astimezone(zone).date()
        upcoming = [on for on in dates_between(series, today, series.until) if window_on(series, on, zone)[0] > now]
        series.next_occurrence_on = upcoming[0] if upcoming and series.status == "active" else None
    return series_list
