"""Real-name registration: the GB 11643 check, encryption at rest, one ID to one person, and only the masked form
in responses and logs."""
import logging

import pytest
from sqlalchemy import text

from app.extensions import db
from app.records import identity
from tests import factories
from tests.records.conftest import ID_NUMBER, OTHER_ID_NUMBER

MASKED = "1101**********002X"


def _register(client, auth, user, **body):
    payload = {"real_name": "张伟", "id_type": "resident_id", "id_number": ID_NUMBER, **body}
    return client.patch("/api/v1/volunteers/me", json=payload, headers=auth.headers(user))


# The rules

@pytest.mark.parametrize("number", [ID_NUMBER, OTHER_ID_NUMBER, "11010519491231002x", "110105 19491231 002X"])
def test_valid_resident_ids_pass(number):
    assert identity.validate("resident_id", number) == identity.normalise(number)


@pytest.mark.parametrize("number, why", [
    ("110105194912310021", "check digit"),  # the right one is X
    ("510101199003071239", "check digit"),
    ("11010519491331002X", "date of birth"),  # month 13
    ("1101051949123100", "18 characters"),
    ("11010519491231002Y", "18 characters"),
])
def test_invalid_resident_ids_say_why(number, why):
    with pytest.raises(identity.IdNumberError, match=why):
        identity.validate("resident_id", number)


def test_other_documents_need_letters_and_digits_only():
    assert identity.validate("passport", "e1234 5678") == "E12345678"
    with pytest.raises(identity.IdNumberError):
        identity.validate("passport", "E1-2")


def test_masks():
    assert identity.mask_id(ID_NUMBER) == MASKED
    assert identity.mask_id("E12345678") == "E1*****78"
    assert identity.mask_name("张伟") == "张*" and identity.mask_name("欧阳娜娜") == "欧***"
    assert identity.mask_phone("13812345678") == "138****5678"
    assert identity.sex(ID_NUMBER) == "女" and identity.sex(OTHER_ID_NUMBER) == "男"


# Through HTTP

def test_registration_answers_masked_and_stores_only_ciphertext(client, auth, world, caplog):
    caplog.set_level(logging.DEBUG)
    resp = _register(client, auth, world.volunteer.user)
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert body["identity"] == {"real_name": "张伟", "id_type": "resident_id", "id_type_name": "居民身份证",
                                "id_number": MASKED, "registered_at": body["identity"]["registered_at"]}
    assert ID_NUMBER not in resp.get_data(as_text=True)
    again = client.get("/api/v1/volunteers/me", headers=auth.headers(world.volunteer.user))
    assert again.get_json()["identity"]["id_number"] == MASKED and ID_NUMBER not in again.get_data(as_text=True)
    assert ID_NUMBER not in caplog.text and MASKED in caplog.text
    with factories.context():
        raw = db.session.execute(text("SELECT * FROM real_names")).one()._asdict()
    for column, value in raw.items():
        stored = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()
        assert ID_NUMBER.encode() not in stored and ID_NUMBER[:17].encode() not in stored, column
    # The lookup hash is keyed: not the plain SHA-256 of the number.
    import hashlib

    assert hashlib.sha256(f"resident_id:{ID_NUMBER}".encode()).hexdigest() != raw["id_number_hash"]


def test_a_bad_check_digit_is_422_and_changes_nothing(client, auth, world):
    resp = _register(client, auth, world.volunteer.user, id_number="110105194912310021")
    assert resp.status_code == 422
    problem = resp.get_json()
    assert problem["code"] == "id_number_invalid" and "id_number" in problem["errors"]
    assert "110105194912310021" not in resp.get_data(as_text=True)
    me = client.get("/api/v1/volunteers/me", headers=auth.headers(world.volunteer.user)).get_json()
    assert me["identity"] is None


def test_the_same_id_twice_is_409(client, auth, world):
    assert _register(client, auth, world.volunteer.user).status_code == 200
    other = factories.volunteer(world.community, [world.category], name="李四")
    resp = _register(client, auth, other.user, real_name="李四", id_number=ID_NUMBER.lower())
    assert resp.status_code == 409 and resp.get_json()["code"] == "id_taken"
    assert ID_NUMBER not in resp.get_data(as_text=True)
    # The holder may register it again (a corrected name).
    assert _register(client, auth, world.volunteer.user, real_name="张 伟").status_code == 200


def test_real_name_fields_come_together(client, auth, world):
    resp = client.patch("/api/v1/volunteers/me", json={"real_name": "张伟"}, headers=auth.headers(world.volunteer.user))
    assert resp.status_code == 422 and "id_number" in resp.get_json()["errors"]
    resp = client.patch("/api/v1/volunteers/me", json={"id_type": "alien", "real_name": "张伟", "id_number": "1"},
                        headers=auth.headers(world.volunteer.user))
    assert resp.status_code == 422 and "id_type" in resp.get_json()["errors"]


def test_the_ciphertext_is_bound_to_its_person(ctx, world):
    from app.records import service, vault
    from app.records.models import RealName

    with factories.context():
        user = db.session.merge(world.volunteer.user)
        service.register_real_name(user=user, real_name_in={"real_name": "张伟", "id_number": ID_NUMBER})
        registration = db.session.get(RealName, user.id)
        assert service.reveal_id_number(registration) == ID_NUMBER
        with pytest.raises(vault.VaultError):
            service.decrypt_id_number(user_id=user.id + 1, ciphertext=registration.id_number_ciphertext)


def test_logs_mask_id_numbers():
    from app.logs import mask

    assert mask(f"body {{\"id_number\": \"{ID_NUMBER}\"}}") == f"body {{\"id_number\": \"{MASKED}\"}}"


def test_production_refuses_to_start_without_the_records_key(monkeypatch):
    from app import create_app
    from app.config import DEV_RECORDS_KEY, ProductionConfig

    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "s" * 40)
    monkeypatch.setattr(ProductionConfig, "JWT_SECRET_KEY", "j" * 40)
    monkeypatch.setattr(ProductionConfig, "WECHAT_SECRET", "w" * 32)
    for weak in ("", DEV_RECORDS_KEY, "bm90IDMyIGJ5dGVz", "not base64!"):
        monkeypatch.setattr(ProductionConfig, "RECORDS_KEY", weak)
        with pytest.raises(RuntimeError, match="RECORDS_KEY"):
            create_app("production")
    import base64

    monkeypatch.setattr(ProductionConfig, "RECORDS_KEY", base64.b64encode(b"k" * 32).decode())
    assert create_app("production").config["APP_ENV"] == "production"
