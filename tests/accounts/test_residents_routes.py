"""GET /residents?phone=: staff find a resident by exact phone number to order for them (代点单)."""
import pytest

from tests import factories

API = "/api/v1"


def find(client, auth, user, phone):
    return client.get(f"{API}/residents", query_string={"phone": phone}, headers=auth.headers(user))


def test_staff_find_a_resident_by_exact_phone(client, auth):
    staff = factories.staff(factories.community())
    resident = factories.user(roles=("resident",), phone="13512340001", name="王阿姨", elderly_living_alone=True)
    resp = find(client, auth, staff, "13512340001")
    assert resp.status_code == 200
    assert resp.get_json() == {"items": [{"id": resident.id, "name": "王阿姨", "phone": "13512340001",
                                          "elderly_living_alone": True}]}
    assert find(client, auth, staff, "13512340002").get_json() == {"items": []}
    assert find(client, auth, factories.user(roles=("admin",)), "13512340001").get_json()["items"][0]["id"] == resident.id


def test_only_residents_are_found(client, auth):
    staff = factories.staff(factories.community())
    factories.user(roles=("staff",), phone="13512340003")
    assert find(client, auth, staff, "13512340003").get_json() == {"items": []}


@pytest.mark.parametrize("phone", ["1351234", "135123400011", "2351234000a", ""])
def test_a_whole_phone_number_is_needed(client, auth, phone):
    staff = factories.staff(factories.community())
    resp = find(client, auth, staff, phone)
    assert resp.status_code == 422 and "phone" in resp.get_json()["errors"]
    assert client.get(f"{API}/residents", headers=auth.headers(staff)).status_code == 422


def test_residents_and_volunteers_may_not_look_people_up(client, auth):
    resident = factories.user(roles=("resident",), phone="13512340004")
    assert client.get(f"{API}/residents?phone=13512340004").status_code == 401
    resp = find(client, auth, resident, "13512340004")
    assert resp.status_code == 403 and resp.get_json()["code"] == "role_required"
    assert find(client, auth, factories.user(roles=("resident", "volunteer")), "13512340004").status_code == 403


def test_staff_register_a_resident_without_a_smartphone(client, auth):
    from tests import factories

    staff = factories.staff(factories.community())
    body = {"phone": "13611112222", "name": "独居老人 陈大爷", "elderly_living_alone": True}
    resp = client.post("/api/v1/residents", json=body, headers=auth.headers(staff))
    assert resp.status_code == 201
    assert resp.get_json()["elderly_living_alone"] is True
    found = client.get("/api/v1/residents?phone=13611112222", headers=auth.headers(staff)).get_json()["items"]
    assert [r["name"] for r in found] == ["独居老人 陈大爷"]
    again = client.post("/api/v1/residents", json=body, headers=auth.headers(staff))
    assert again.status_code == 409 and again.get_json()["code"] == "phone_taken"
    resident = factories.user(roles=("resident",))
    assert client.post("/api/v1/residents", json=body, headers=auth.headers(resident)).status_code == 403
    assert client.post("/api/v1/residents", json={**body, "phone": "123"},
                       headers=auth.headers(staff)).status_code == 422
