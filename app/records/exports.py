"""Exports for reports and the national system (志愿服务信息系统): a community's volunteers, services and orders over
a period, as CSV or XLSX, streamed so that 50,000 volunteers take the memory of a thousand.

Columns are headed with the names of the national volunteer record. MZ/T 061-2015's own data-element table could not
be consulted here, so the headers are the official names that MCA Order 67 (志愿服务记录与证明出具办法, Art. 5-6: the
volunteer's basic information and the services) and the 2015 guidance on certificates use for the fields we hold;
`HEADERS` below is the one place they are written.

Personal data is masked (name, ID number, phone; no birth date, no address) in every export but the national one,
which only an admin may ask for: it shows the real name, the unmasked ID number, birth date and phone, and first
writes one audit entry per person whose ID number it holds (app.records.models.AuditEntry).

Rows come from one streamed query a chunk at a time, each chunk's skills and hours in one query each, so memory
does not grow with the community. CSV is a generator (UTF-8 with a BOM, which Excel needs for Chinese); XLSX is
written by openpyxl's write-only mode (inline strings, rows flushed to disk) into a temporary file, then streamed out
and deleted.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from collections import defaultdict
from datetime import datetime
from typing import Callable, Iterator, NamedTuple

from flask import g
from openpyxl import Workbook
from sqlalchemy import Select, func, insert, literal, select

from app import clock
from app.accounts.models import User
from app.extensions import db
from app.matching.models import Volunteer, volunteer_skills
from app.menu.models import Category, Community
from app.orders.models import Order, Rating
from app.records import identity
from app.records import service as records_service
from app.records.models import AuditEntry, RealName
from app.records.sources import Scope, services
from app.stats.service import Period

DATASETS = ("volunteers", "services", "orders")
FORMATS = ("csv", "xlsx")
CHUNK = 1000
MIME_TYPES = {"csv": "text/csv; charset=utf-8",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
SHEET_TITLES = {"volunteers": "志愿者", "services": "志愿服务记录", "orders": "服务订单"}

VOLUNTEER_STATUS = {"approved": "审核通过", "pending": "待审核", "suspended": "已暂停"}
MINUTES_KIND = {"verified": "系统记录", "approved": "管理员认定"}
RECORDED_BY = {"verified": "系统核验（签到签退定位）", "approved": "社区工作人员审核认定"}
ORDER_STATUS = {"pending": "待派单", "offered": "已派单", "accepted": "已接单", "in_service": "服务中", "completed": "已完成",
                "rated": "已评价", "cancelled": "已取消", "expired": "已过期"}

HEADERS = {
    "volunteers": ("志愿者编号", "姓名", "性别", "出生日期", "证件类型", "证件号码", "联系方式", "居住区域", "服务类别",
                   "所属组织", "注册日期", "志愿者状态", "是否实名", "星级", "期间服务时长（小时）",
                   "其中系统记录时长（小时）", "其中管理员认定时长（小时）", "累计服务时长（小时）"),
    "services": ("记录编号", "志愿者编号", "姓名", "证件类型", "证件号码", "活动名称", "服务类别", "服务日期",
                 "服务开始时间", "服务结束时间", "服务地点", "服务时长（小时）", "时长类型", "记录方式", "活动组织者"),
    "orders": ("订单编号", "服务项目", "服务类别", "下单时间", "预约开始时间", "预约结束时间", "订单状态", "服务对象",
               "联系方式", "代点单", "志愿者编号", "接单时间", "完成时间", "服务时长（小时）", "时长类型", "评价星级"),
}


class Export(NamedTuple):
    dataset: str
    community: Community
    period: Period
    national: bool


def _when(moment: datetime | None) -> str:
    return moment.astimezone(clock.CHINA_TZ).strftime("%Y-%m-%d %H:%M") if moment else ""


def _area(community: Community) -> str:
    return f"{community.district}{community.street}"


# Who is in an export, for its audit

def _volunteers_in(export: Export) -> Select:
    return select(Volunteer.user_id).where(Volunteer.community_id == export.community.id)


def _served_in(export: Export) -> Select:
    rows = services(Scope(community_id=export.community.id, start=export.period.start, end=export.period.end))
    return select(Volunteer.user_id).where(Volunteer.id.in_(select(rows.c.volunteer_id).distinct()))


SUBJECTS: dict[str, Callable[[Export], Select]] = {"volunteers": _volunteers_in, "services": _served_in}


def audit(export: Export, *, actor) -> int:
    """Before a national export: one audit entry per person whose unmasked ID number it will hold, written by one
    INSERT ... SELECT (no rows through Python, whatever the community's size). Returns how many."""
    if not export.national or export.dataset not in SUBJECTS:
        return 0
    people = SUBJECTS[export.dataset](export).where(Volunteer.user_id.in_(select(RealName.user_id)))
    first, last = _days(export.period)
    detail = f"national export of {export.dataset}, community {export.community.id}, {first} to {last}"[:200]
    statement = insert(AuditEntry).from_select(
        ["at", "actor_id", "action", "subject_user_id", "detail", "request_id"],
        select(literal(clock.now(), AuditEntry.at.type), literal(actor.id), literal("id_number_read"),
               people.subquery().c.user_id, literal(detail), literal(g.get("request_id"))))
    return db.session.execute(statement).rowcount


# The datasets: header, then one list per row

def rows(export: Export) -> Iterator[list]:
    yield list(HEADERS[export.dataset])
    yield from DATASET_ROWS[export.dataset](export)


def _chunks(statement) -> Iterator[list]:
    """The statement's rows `CHUNK` at a time from one streamed query (a server-side cursor on PostgreSQL; SQLite
    steps through its result as it is fetched), so memory holds one chunk whatever the total."""
    yield from db.session.execute(statement.execution_options(yield_per=CHUNK)).partitions()


def _identity_cells(registration: tuple | None, user_id: int, fallback_name: str, national: bool) -> tuple:
    """(name, id type, id number) as the export may show them."""
    if registration is None:
        return (fallback_name if national else identity.mask_name(fallback_name)), "", ""
    real_name, id_type, masked, ciphertext = registration
    number = records_service.decrypt_id_number(user_id=user_id, ciphertext=ciphertext) if national else masked
    return (real_name if national else identity.mask_name(real_name)), identity.ID_TYPES.get(id_type, id_type), number


def _volunteer_rows(export: Export) -> Iterator[list]:
    community, period = export.community, export.period
    statement = (select(Volunteer.id, Volunteer.user_id, Volunteer.status, Volunteer.applied_at, User.name, User.phone,
                        RealName.real_name, RealName.id_type, RealName.id_number_masked, RealName.id_number_ciphertext,
                        RealName.sex)
                 .join(User, User.id == Volunteer.user_id)
                 .outerjoin(RealName, RealName.user_id == Volunteer.user_id)
                 .where(Volunteer.community_id == community.id).order_by(Volunteer.id))
    for chunk in _chunks(statement):
        ids = tuple(row.id for row in chunk)
        skills = _skills_of(ids)
        in_period = _minutes_by_volunteer(Scope(volunteer_ids=ids, start=period.start, end=period.end))
        all_time = _minutes_by_volunteer(Scope(volunteer_ids=ids))
        for row in chunk:
            registration = (None if row.real_name is None else
                            (row.real_name, row.id_type, row.id_number_masked, row.id_number_ciphertext))
            name, id_type, number = _identity_cells(registration, row.user_id, row.name, export.national)
            born = identity.birth_date(number) if export.national and row.id_type in identity.CHECKED_TYPES else None
            minutes = in_period.get(row.id, {})
            verified, approved = minutes.get("verified", 0), minutes.get("approved", 0)
            total = sum(all_time.get(row.id, {}).values())
            yield [row.id, name, row.sex or "", born.isoformat() if born else "", id_type, number,
                   row.phone if export.national else identity.mask_phone(row.phone), _area(community),
                   "、".join(skills.get(row.id, ())), community.name,
                   row.applied_at.astimezone(clock.CHINA_TZ).date().isoformat(),
                   VOLUNTEER_STATUS.get(row.status, row.status), "是" if registration else "否",
                   records_service.level_for(total), records_service.hours(verified + approved),
                   records_service.hours(verified), records_service.hours(approved), records_service.hours(total)]


def _skills_of(volunteer_ids: tuple[int, ...]) -> dict[int, list[str]]:
    skills: dict[int, list[str]] = defaultdict(list)
    for volunteer_id, name in db.session.execute(
            select(volunteer_skills.c.volunteer_id, Category.name)
            .join(Category, Category.id == volunteer_skills.c.category_id)
            .where(volunteer_skills.c.volunteer_id.in_(volunteer_ids)).order_by(Category.id)):
        skills[volunteer_id].append(name)
    return skills


def _minutes_by_volunteer(scope: Scope) -> dict[int, dict[str, int]]:
    rows_ = services(scope)
    minutes: dict[int, dict[str, int]] = defaultdict(dict)
    for volunteer_id, status, total in db.session.execute(
            select(rows_.c.volunteer_id, rows_.c.minutes_status, func.sum(rows_.c.minutes))
            .group_by(rows_.c.volunteer_id, rows_.c.minutes_status)):
        minutes[volunteer_id][status] = int(total or 0)
    return minutes


def _service_rows(export: Export) -> Iterator[list]:
    community, period = export.community, export.period
    rows_ = services(Scope(community_id=community.id, start=period.start, end=period.end))
    statement = (select(rows_, Volunteer.user_id, User.name, Category.name.label("category_name"),
                        RealName.real_name, RealName.id_type, RealName.id_number_masked,
                        RealName.id_number_ciphertext)
                 .join(Volunteer, Volunteer.id == rows_.c.volunteer_id)
                 .join(User, User.id == Volunteer.user_id)
                 .outerjoin(Category, Category.id == rows_.c.category_id)
                 .outerjoin(RealName, RealName.user_id == Volunteer.user_id)
                 .order_by(rows_.c.ended_at, rows_.c.source, rows_.c.source_id))
    for chunk in _chunks(statement):
        for row in chunk:
            registration = (None if row.real_name is None else
                            (row.real_name, row.id_type, row.id_number_masked, row.id_number_ciphertext))
            name, id_type, number = _identity_cells(registration, row.user_id, row.name, export.national)
            yield [f"{row.source}-{row.source_id}", row.volunteer_id, name, id_type, number, row.item_name,
                   row.category_name or "", row.ended_at.astimezone(clock.CHINA_TZ).date().isoformat(),
                   _when(row.started_at), _when(row.ended_at), f"{_area(community)}{community.name}",
                   records_service.hours(row.minutes), MINUTES_KIND.get(row.minutes_status, row.minutes_status),
                   RECORDED_BY.get(row.minutes_status, ""), community.name]


def _order_rows(export: Export) -> Iterator[list]:
    community, period = export.community, export.period
    statement = (select(Order.id, Order.item_name, Order.created_at, Order.window_start, Order.window_end,
                        Order.status, Order.created_by_id, Order.resident_id, Order.volunteer_id, Order.accepted_at,
                        Order.completed_at, Order.service_minutes, Order.minutes_status,
                        User.name.label("resident_name"), User.phone.label("resident_phone"),
                        Category.name.label("category_name"), Rating.stars, Rating.automatic)
                 .join(User, User.id == Order.resident_id)
                 .outerjoin(Category, Category.id == Order.category_id)
                 .outerjoin(Rating, Rating.order_id == Order.id)
                 .where(Order.community_id == community.id, Order.created_at >= period.start,
                        Order.created_at < period.end)
                 .order_by(Order.id))
    for chunk in _chunks(statement):
        for order in chunk:
            counted = order.minutes_status in ("verified", "approved")
            yield [order.id, order.item_name, order.category_name or "", _when(order.created_at),
                   _when(order.window_start), _when(order.window_end), ORDER_STATUS.get(order.status, order.status),
                   identity.mask_name(order.resident_name), identity.mask_phone(order.resident_phone),
                   "是" if order.created_by_id != order.resident_id else "否", order.volunteer_id or "",
                   _when(order.accepted_at), _when(order.completed_at),
                   records_service.hours(order.service_minutes) if counted else "",
                   MINUTES_KIND.get(order.minutes_status, "") if counted else "",
                   "" if order.stars is None else (f"{order.stars}（自动）" if order.automatic else order.stars)]


DATASET_ROWS: dict[str, Callable[[Export], Iterator[list]]] = {
    "volunteers": _volunteer_rows, "services": _service_rows, "orders": _order_rows}


# Writers

def csv_chunks(lines: Iterator[list]) -> Iterator[bytes]:
    """CSV, UTF-8 with a BOM, a few hundred rows per chunk sent."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    for count, line in enumerate(lines, start=1):
        writer.writerow(line)
        if count % 500 == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def xlsx_file(lines: Iterator[list], *, title: str) -> str:
    """Write the rows with openpyxl's write-only mode into a temporary file and return its path (the caller streams
    it out with `file_chunks` and removes it when the response closes)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    for line in lines:
        sheet.append(line)
    handle, path = tempfile.mkstemp(prefix="export-", suffix=".xlsx")
    os.close(handle)
    try:
        workbook.save(path)
    except BaseException:
        os.unlink(path)
        raise
    return path


def file_chunks(path: str, size: int = 64 * 1024) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while chunk := handle.read(size):
            yield chunk


def remove_file(path: str) -> None:
    if os.path.exists(path):
        os.unlink(path)


def _days(period: Period) -> tuple[str, str]:
    """The first and last China day of the period (its end is exclusive)."""
    days = period.days()
    return days[0].isoformat(), days[-1].isoformat()


def filename(export: Export, fmt: str) -> str:
    first, last = _days(export.period)
    return (f"{export.dataset}-community-{export.community.id}-{first}-{last}"
            f"{'-national' if export.national else ''}.{fmt}")
