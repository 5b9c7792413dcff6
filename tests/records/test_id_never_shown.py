"""The done-when of real names, in one place: no response, log line or staff export holds an unmasked ID number,
whatever the caller does with the official record, and the database holds it only as ciphertext."""
import logging

from sqlalchemy import select

from app.extensions import db
from app.records.models import RealName
from tests import factories
from tests.records.conftest import ID_NUMBER, OTHER_ID_NUMBER, serve


def test_the_id_number_is_never_shown_but_to_its_audited_readers(client, auth, world, caplog):
    caplog.set_level(logging.DEBUG)
    volunteer, staff = world.volunteer.user, world.staff
    seen = []

    def call(method, path, user, **kwargs):
        resp = client.open(path, method=method, headers=auth.headers(user), **kwargs)
        seen.append((method, path, resp.status_code, resp.get_data().decode("utf-8", "replace")))
        return resp

    call("PATCH", "/api/v1/volunteers/me", volunteer, json={"real_name": "张伟", "id_number": "110105194912310021"})
    call("PATCH", "/api/v1/volunteers/me", volunteer, json={"real_name": "张伟", "id_number": ID_NUMBER})
    other = factories.volunteer(world.community, [world.category], name="李四")
    call("PATCH", "/api/v1/volunteers/me", other.user, json={"real_name": "李四", "id_number": ID_NUMBER})
    call("PATCH", "/api/v1/volunteers/me", other.user, json={"real_name": "李四", "id_number": OTHER_ID_NUMBER})
    serve(world, 60)
    call("GET", "/api/v1/volunteers/me", volunteer)
    call("GET", "/api/v1/volunteers/me/record", volunteer)
    call("POST", "/api/v1/volunteers/me/certificates", volunteer, json={"from": "2020-01-01", "to": "2099-01-01"})
    issued = call("POST", "/api/v1/volunteers/me/certificates", volunteer,
                  json={"from": "2020-01-01", "to": "2020-12-31"}).get_json()
    call("GET", f"/api/v1/certificates/{issued['code']}.pdf", staff)
    call("GET", f"/api/v1/certificates/{issued['code']}", staff)
    call("GET", f"/api/v1/volunteers/{world.volunteer.id}", staff)
    call("GET", f"/api/v1/communities/{world.community.id}/volunteers", staff)
    for dataset in ("volunteers", "services", "orders"):
        for fmt in ("csv", "xlsx"):
            resp = call("GET", f"/api/v1/communities/{world.community.id}/exports/{dataset}.{fmt}", staff)
            if fmt == "xlsx":
                from io import BytesIO

                from openpyxl import load_workbook

                sheet = load_workbook(BytesIO(resp.data), read_only=True).worksheets[0]
                seen.append(("xlsx", dataset, 200, repr(list(sheet.iter_rows(values_only=True)))))
    assert [status for _, _, status, _ in seen][:4] == [422, 200, 409, 200]
    for number in (ID_NUMBER, OTHER_ID_NUMBER, "110105194912310021"):
        assert not [f"{m} {p}" for m, p, _, body in seen if number in body], number
        assert number not in caplog.text
    with factories.context():
        for registration in db.session.scalars(select(RealName)):
            stored = bytes(registration.id_number_ciphertext)
            assert ID_NUMBER.encode() not in stored and OTHER_ID_NUMBER.encode() not in stored
