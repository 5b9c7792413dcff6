"""Certificates: a snapshot under an unguessable code, a PDF whose text is real Chinese (read back with pdftotext),
a verify URL that answers the same facts, and revocation."""
import os
import re
import shutil
import subprocess
from datetime import datetime, timezone

import pytest

from app import clock
from tests import factories
from tests.records.conftest import ID_NUMBER, serve

MASKED = "1101**********002X"


def pdf_text(data: bytes, tmp_path) -> str:
    """The PDF's text as pdftotext (Debian's poppler-utils) reads it, whitespace removed (lines may break anywhere
    in Chinese text)."""
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing: .ci/run installs poppler-utils")
        pytest.skip("pdftotext is missing (apt-get install poppler-utils)")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


@pytest.fixture
def registered(client, auth, world):
    resp = client.patch("/api/v1/volunteers/me", json={"real_name": "张伟", "id_number": ID_NUMBER},
                        headers=auth.headers(world.volunteer.user))
    assert resp.status_code == 200
    return world


def _issue(client, auth, world, start="2026-01-01", end="2026-06-30"):
    return client.post("/api/v1/volunteers/me/certificates", json={"from": start, "to": end},
                       headers=auth.headers(world.volunteer.user))


def _history(world):
    clock.set_time(datetime(2026, 3, 1, 1, 0, tzinfo=timezone.utc))
    serve(world, 100)
    serve(world, 68, approved=True)
    clock.set_time(datetime(2026, 7, 1, 1, 0, tzinfo=timezone.utc))


def test_a_certificate_pdf_holds_the_name_and_hours_as_text(client, auth, registered, tmp_path):
    _history(registered)
    resp = _issue(client, auth, registered)
    assert resp.status_code == 201, resp.get_json()
    issued = resp.get_json()
    assert issued["hours"] == 2.8 and issued["verified_hours"] == 1.7 and issued["approved_hours"] == 1.1
    assert issued["name"] == "张*" and issued["id_number"] == MASKED and issued["valid"] is True
    assert re.fullmatch(r"[A-Z2-7]{24}", issued["code"])
    document = client.get(f"/api/v1/certificates/{issued['code']}.pdf")
    assert document.status_code == 200 and document.mimetype == "application/pdf"
    text = pdf_text(document.data, tmp_path)
    for expected in ("志愿服务记录证明", "张伟", MASKED, "累计志愿服务时长：2.8小时", "系统记录1.7小时", "管理员认定1.1小时",
                     "民生路社区", "渝中区解放碑街道", issued["code"], "社区志愿服务平台", "2026年1月1日至2026年6月30日"):
        assert expected in text, expected
    assert ID_NUMBER not in text
    # The verify URL (the QR code's) answers the same facts.
    assert issued["verify_url"].endswith(f"/api/v1/certificates/{issued['code']}")
    check = client.get(issued["verify_url"])
    assert check.status_code == 200
    facts = check.get_json()
    assert {k: facts[k] for k in ("name", "id_number", "from", "to", "hours", "verified_hours", "approved_hours",
                                  "valid", "issued_at", "star_level")} == {
        "name": "张*", "id_number": MASKED, "from": "2026-01-01", "to": "2026-06-30", "hours": 2.8,
        "verified_hours": 1.7, "approved_hours": 1.1, "valid": True, "issued_at": issued["issued_at"],
        "star_level": 0}
    assert facts["organisations"] == [{"name": "民生路社区", "street": "解放碑街道", "district": "渝中区", "services": 2,
                                       "verified_hours": 1.7, "approved_hours": 1.1}]
    assert ID_NUMBER not in check.get_data(as_text=True) and "张伟" not in check.get_data(as_text=True)


def test_the_built_in_cid_font_is_extractable_too(app, client, auth, registered, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "CERTIFICATE_FONT", "/nonexistent/font.ttf")
    issued = _issue(client, auth, registered).get_json()
    text = pdf_text(client.get(f"/api/v1/certificates/{issued['code']}.pdf").data, tmp_path)
    assert "张伟" in text and "累计志愿服务时长：0.0小时" in text


def test_a_certificate_keeps_its_hours_after_new_service(client, auth, registered, tmp_path):
    _history(registered)
    issued = _issue(client, auth, registered, end="2026-07-01").get_json()
    serve(registered, 120)  # on 1 July, inside the period, after the certificate was issued
    client.patch("/api/v1/volunteers/me", json={"real_name": "张大伟", "id_number": ID_NUMBER},
                 headers=auth.headers(registered.volunteer.user))
    facts = client.get(issued["verify_url"]).get_json()
    assert facts["hours"] == 2.8 and facts["services"] == 2
    text = pdf_text(client.get(issued["pdf_url"]).data, tmp_path)
    assert "累计志愿服务时长：2.8小时" in text and "张伟" in text and "张大伟" not in text
    again = _issue(client, auth, registered, end="2026-07-01").get_json()
    assert again["hours"] == 4.8 and again["code"] != issued["code"]


def test_a_revoked_certificate_says_valid_false(client, auth, registered, tmp_path):
    issued = _issue(client, auth, registered).get_json()
    other_staff = factories.staff(factories.community())
    refused = client.post(f"/api/v1/certificates/{issued['code']}/revoke", json={"reason": "x"},
                          headers=auth.headers(other_staff))
    assert refused.status_code == 403
    revoked = client.post(f"/api/v1/certificates/{issued['code']}/revoke", json={"reason": "时长有误"},
                          headers=auth.headers(registered.staff))
    assert revoked.status_code == 200 and revoked.get_json()["valid"] is False
    assert client.get(issued["verify_url"]).get_json()["valid"] is False
    assert "已撤销" in pdf_text(client.get(issued["pdf_url"]).data, tmp_path)
    twice = client.post(f"/api/v1/certificates/{issued['code']}/revoke", json={},
                        headers=auth.headers(registered.staff))
    assert twice.status_code == 409 and twice.get_json()["code"] == "certificate_revoked"


def test_unknown_or_altered_codes_are_404(client, auth, registered):
    code = _issue(client, auth, registered).get_json()["code"]
    altered = ("A" if code[0] != "A" else "B") + code[1:]
    for path in (f"/api/v1/certificates/{altered}", f"/api/v1/certificates/{altered}.pdf",
                 f"/api/v1/certificates/{code.lower()}", "/api/v1/certificates/x.pdf"):
        resp = client.get(path)
        assert resp.status_code == 404 and resp.get_json()["code"] == "certificate_not_found", path


def test_a_certificate_needs_a_real_name_and_a_past_period(client, auth, world):
    resp = _issue(client, auth, world)
    assert resp.status_code == 409 and resp.get_json()["code"] == "real_name_required"
    client.patch("/api/v1/volunteers/me", json={"real_name": "张伟", "id_number": ID_NUMBER},
                 headers=auth.headers(world.volunteer.user))
    clock.set_time(datetime(2026, 6, 1, 4, 0, tzinfo=timezone.utc))
    future = _issue(client, auth, world, end="2026-06-02")
    assert future.status_code == 422 and future.get_json()["code"] == "period_in_future"
    reversed_ = _issue(client, auth, world, start="2026-05-02", end="2026-05-01")
    assert reversed_.status_code == 422
    assert _issue(client, auth, world, start="2026-06-01", end="2026-06-01").status_code == 201


def test_public_base_url_names_the_verify_url(app, client, auth, registered, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://zy.example.cn")
    issued = _issue(client, auth, registered).get_json()
    assert issued["verify_url"] == f"https://zy.example.cn/api/v1/certificates/{issued['code']}"
    assert issued["pdf_url"] == f"https://zy.example.cn/api/v1/certificates/{issued['code']}.pdf"
