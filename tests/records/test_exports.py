"""Exports: MZ/T 061-style headers, personal data masked for staff, the admin's national export unmasked and
audited, every row once however the chunks fall, and CSV and XLSX alike."""
import csv
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.extensions import db
from app.records import exports
from app.records.models import AuditEntry
from tests import factories
from tests.records.conftest import ID_NUMBER, OTHER_ID_NUMBER, serve

DATASETS = [(d, f) for d in exports.DATASETS for f in exports.FORMATS]


def _rows(resp, fmt):
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    if fmt == "csv":
        text = resp.get_data(as_text=True)
        assert text.startswith("\ufeff")
        return [row for row in csv.reader(io.StringIO(text[1:]))]
    sheet = load_workbook(io.BytesIO(resp.data), read_only=True).worksheets[0]
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _text(resp, fmt):
    return "\n".join(",".join(row) for row in _rows(resp, fmt))


@pytest.fixture
def exported(client, auth, world):
    for user, name, number in ((world.volunteer.user, "张伟", ID_NUMBER),):
        assert client.patch("/api/v1/volunteers/me", json={"real_name": name, "id_number": number},
                            headers=auth.headers(user)).status_code == 200
    other = factories.volunteer(world.community, [world.category], name="李娜", phone="13698765432")
    client.patch("/api/v1/volunteers/me", json={"real_name": "李娜", "id_number": OTHER_ID_NUMBER},
                 headers=auth.headers(other.user))
    serve(world, 90)
    serve(world, 30, approved=True)
    serve(world, 60, volunteer=other)
    world.other = other
    return world


def _get(client, auth, world, dataset, fmt, user=None, **query):
    return client.get(f"/api/v1/communities/{world.community.id}/exports/{dataset}.{fmt}", query_string=query,
                      headers=auth.headers(user or world.staff))


@pytest.mark.parametrize("dataset, fmt", DATASETS)
def test_staff_exports_hold_no_unmasked_id_name_or_phone(client, auth, exported, dataset, fmt):
    resp = _get(client, auth, exported, dataset, fmt)
    rows = _rows(resp, fmt)
    assert tuple(rows[0]) == exports.HEADERS[dataset]
    text = _text(resp, fmt)
    for secret in (ID_NUMBER, OTHER_ID_NUMBER, "13512345678", "13698765432", "张伟", "李娜", "王秀英", "民生路 88 号"):
        assert secret not in text, secret
    assert f"attachment; filename=\"{dataset}-community-{exported.community.id}-" in resp.headers["Content-Disposition"]


def test_the_volunteers_export_holds_the_record(client, auth, exported):
    rows = _rows(_get(client, auth, exported, "volunteers", "csv"), "csv")
    by_id = {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}
    mine = by_id[str(exported.volunteer.id)]
    assert mine["姓名"] == "张*" and mine["证件号码"] == "1101**********002X" and mine["证件类型"] == "居民身份证"
    assert mine["性别"] == "女" and mine["出生日期"] == "" and mine["是否实名"] == "是"
    assert mine["期间服务时长（小时）"] == "2.0" and mine["其中系统记录时长（小时）"] == "1.5"
    assert mine["其中管理员认定时长（小时）"] == "0.5" and mine["累计服务时长（小时）"] == "2.0"
    assert mine["居住区域"] == "渝中区解放碑街道" and mine["所属组织"] == "民生路社区" and mine["服务类别"] == "助老(记录)"
    assert len(rows) == 3


def test_the_services_export_keeps_verified_and_approved_apart(client, auth, exported):
    rows = _rows(_get(client, auth, exported, "services", "xlsx"), "xlsx")
    kinds = sorted((int(row[1]), float(row[11]), row[12]) for row in rows[1:])
    assert kinds == sorted([(exported.volunteer.id, 1.5, "系统记录"), (exported.volunteer.id, 0.5, "管理员认定"),
                            (exported.other.id, 1.0, "系统记录")])


def test_the_orders_export_masks_the_resident(client, auth, exported):
    rows = _rows(_get(client, auth, exported, "orders", "csv"), "csv")
    assert len(rows) == 4 and all(row[7] == "王**" and row[8] == "135****5678" for row in rows[1:])


def test_only_an_admin_exports_for_the_national_system(client, auth, exported):
    resp = _get(client, auth, exported, "volunteers", "csv", national="true")
    assert resp.status_code == 403 and resp.get_json()["code"] == "admin_only"
    with factories.context():
        assert db.session.scalar(select(AuditEntry.id)) is None


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_the_national_export_is_unmasked_and_audited_per_person(client, auth, exported, fmt):
    admin = factories.user(roles=("admin",))
    resp = _get(client, auth, exported, "volunteers", fmt, user=admin, national="true")
    rows = _rows(resp, fmt)
    by_id = {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}
    mine = by_id[str(exported.volunteer.id)]
    assert mine["证件号码"] == ID_NUMBER and mine["姓名"] == "张伟" and mine["出生日期"] == "1949-12-31"
    assert by_id[str(exported.other.id)]["联系方式"] == "13698765432"
    assert "national" in resp.headers["Content-Disposition"]
    with factories.context():
        entries = db.session.scalars(select(AuditEntry).order_by(AuditEntry.subject_user_id)).all()
    assert sorted(e.subject_user_id for e in entries) == sorted([exported.volunteer.user_id, exported.other.user_id])
    assert {(e.actor_id, e.action) for e in entries} == {(admin.id, "id_number_read")}
    assert "national export of volunteers" in entries[0].detail


@pytest.mark.parametrize("dataset", exports.DATASETS)
def test_every_row_once_across_chunks(client, auth, exported, dataset, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK", 1)
    whole = _rows(_get(client, auth, exported, dataset, "csv"), "csv")
    monkeypatch.setattr(exports, "CHUNK", 1000)
    assert whole == _rows(_get(client, auth, exported, dataset, "csv"), "csv")
    assert len(whole) == 1 + {"volunteers": 2, "services": 3, "orders": 3}[dataset]


def test_a_bad_period_is_422(client, auth, exported):
    resp = _get(client, auth, exported, "services", "csv", **{"from": "2026-05-02", "to": "2026-05-01"})
    assert resp.status_code == 422
    resp = _get(client, auth, exported, "services", "csv", **{"from": "yesterday"})
    assert resp.status_code == 422
