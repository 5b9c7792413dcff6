"""The rewards counter through HTTP: wrong pickup codes lock a redemption until staff issue a new code, staff see
who collects each redemption (never the code), and find a redemption by the code the volunteer shows."""
import pytest

from tests import factories
from tests.points import helpers as h
from tests.points.helpers import API, assert_problem
from tests.points.test_points_routes import community, staff, volunteer  # noqa: F401  (fixtures)


@pytest.fixture
def redemption(client, auth, community, staff, volunteer):  # noqa: F811
    h.fund(volunteer, 100, staff=staff)
    reward = h.reward(community, cost_points=20, stock=3)
    resp = client.post(f"{API}/redemptions", json={"reward_id": reward.id}, headers=auth.headers(volunteer.user))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def _wrong(code: str) -> str:
    return "".join("2" if c != "2" else "3" for c in code)


def _fulfill(client, auth, staff, redemption, code):
    return client.post(f"{API}/redemptions/{redemption['id']}/fulfill", json={"pickup_code": code},
                       headers=auth.headers(staff))


def _mine(client, auth, volunteer):
    return client.get(f"{API}/redemptions", headers=auth.headers(volunteer.user)).get_json()["items"]


def test_five_wrong_codes_lock_the_redemption_until_staff_issue_a_new_code(client, auth, staff, volunteer,
                                                                            redemption):
    code = redemption["pickup_code"]
    for _ in range(5):
        assert_problem(_fulfill(client, auth, staff, redemption, _wrong(code)), 422, "pickup_code_mismatch")
    # locked: even the right code is refused now, and saying so changes nothing
    assert_problem(_fulfill(client, auth, staff, redemption, code), 409, "pickup_code_locked")
    [mine] = _mine(client, auth, volunteer)
    assert mine["status"] == "pending" and mine["pickup_locked"] is True and mine["pickup_code"] == code

    resp = client.post(f"{API}/redemptions/{redemption['id']}/pickup-code", headers=auth.headers(staff))
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json()["pickup_code"] is None and resp.get_json()["pickup_locked"] is False
    [mine] = _mine(client, auth, volunteer)
    new_code = mine["pickup_code"]
    assert new_code != code and mine["pickup_locked"] is False
    assert_problem(_fulfill(client, auth, staff, redemption, code), 422, "pickup_code_mismatch")  # the old one
    resp = _fulfill(client, auth, staff, redemption, new_code)
    assert resp.status_code == 200 and resp.get_json()["status"] == "fulfilled"
    assert h.balance(volunteer) == 80 and h.verify() == []


def test_a_right_code_is_no_failure(client, auth, staff, volunteer, redemption):
    for _ in range(4):
        assert_problem(_fulfill(client, auth, staff, redemption, _wrong(redemption["pickup_code"])), 422)
    resp = _fulfill(client, auth, staff, redemption, redemption["pickup_code"])
    assert resp.status_code == 200 and resp.get_json()["pickup_locked"] is False


def test_a_new_code_only_for_a_pending_redemption(client, auth, staff, redemption):
    assert _fulfill(client, auth, staff, redemption, redemption["pickup_code"]).status_code == 200
    assert_problem(client.post(f"{API}/redemptions/{redemption['id']}/pickup-code", headers=auth.headers(staff)),
                   409, "redemption_not_pending")
    assert_problem(client.post(f"{API}/redemptions/999999/pickup-code", headers=auth.headers(staff)),
                   404, "redemption_not_found")


def test_staff_see_who_collects_each_redemption_never_the_code(client, auth, community, staff, volunteer,
                                                               redemption):
    items = client.get(f"{API}/redemptions?community_id={community.id}", headers=auth.headers(staff)).get_json()["items"]
    assert [(r["id"], r["volunteer"], r["pickup_code"]) for r in items] == [
        (redemption["id"], {"id": volunteer.id, "name": "张志愿"}, None)]
    assert redemption["volunteer"] == {"id": volunteer.id, "name": "张志愿"}  # and the volunteer, their own
    resp = client.post(f"{API}/redemptions/{redemption['id']}/cancel", headers=auth.headers(staff))
    assert resp.get_json()["volunteer"]["name"] == "张志愿" and resp.get_json()["pickup_code"] is None


def test_staff_find_a_redemption_by_its_pickup_code(client, auth, community, staff, volunteer, redemption):
    code = redemption["pickup_code"]
    resp = client.get(f"{API}/redemptions?pickup_code={code.lower()}", headers=auth.headers(staff))
    assert resp.status_code == 200, resp.get_json()
    [found] = resp.get_json()["items"]
    assert found["id"] == redemption["id"] and found["pickup_code"] is None
    assert found["volunteer"] == {"id": volunteer.id, "name": "张志愿"}
    assert client.get(f"{API}/redemptions?pickup_code={_wrong(code)}",
                      headers=auth.headers(staff)).get_json()["items"] == []
    # staff of another community do not find it
    other = factories.staff(factories.community(name="别的社区"))
    assert client.get(f"{API}/redemptions?pickup_code={code}", headers=auth.headers(other)).get_json()["items"] == []


def test_pickup_code_lookups_that_find_nothing_are_limited_per_staff_member(client, auth, community, staff,
                                                                           redemption):
    code = redemption["pickup_code"]
    headers = auth.headers(staff)
    for i in range(20):
        guess = f"{i:02d}".translate(str.maketrans("01", "AB")) + "ZZZZZZ"
        resp = client.get(f"{API}/redemptions?pickup_code={guess}", headers=headers)
        assert resp.status_code == 200 and resp.get_json()["items"] == []
    resp = client.get(f"{API}/redemptions?pickup_code=ZZZZZZZZ", headers=headers)
    body = assert_problem(resp, 429, "rate_limited")
    assert int(resp.headers["Retry-After"]) > 0 and body["detail"]
    # even a real code waits; another staff member of the community is not affected
    assert_problem(client.get(f"{API}/redemptions?pickup_code={code}", headers=headers), 429, "rate_limited")
    colleague = factories.staff(community)
    [found] = client.get(f"{API}/redemptions?pickup_code={code}", headers=auth.headers(colleague)).get_json()["items"]
    assert found["id"] == redemption["id"]


def test_found_codes_do_not_count(client, auth, staff, redemption):
    for _ in range(25):
        resp = client.get(f"{API}/redemptions?pickup_code={redemption['pickup_code']}", headers=auth.headers(staff))
        assert resp.status_code == 200 and len(resp.get_json()["items"]) == 1


@pytest.mark.english  # reads the English detail
def test_a_new_code_gives_the_full_five_tries_again(client, auth, staff, volunteer, redemption):
    for _ in range(3):
        _fulfill(client, auth, staff, redemption, _wrong(redemption["pickup_code"]))
    client.post(f"{API}/redemptions/{redemption['id']}/pickup-code", headers=auth.headers(staff))
    [mine] = _mine(client, auth, volunteer)
    body = assert_problem(_fulfill(client, auth, staff, redemption, _wrong(mine["pickup_code"])), 422,
                          "pickup_code_mismatch")
    assert "4 more wrong code(s) lock it" in body["detail"]


def test_a_redemption_cancelled_meanwhile_is_not_pending_rather_than_locked(client, auth, staff, volunteer,
                                                                           redemption):
    """Staff at the counter loaded the redemption before another staff member cancelled it: the hand-over is refused
    for what happened (cancelled), not as a lock that a new code would lift."""
    from app.errors import ApiError
    from app.extensions import db
    from app.points import shop
    from app.points.models import Redemption
    from sqlalchemy import update

    with factories.context():
        loaded = shop.get_redemption_for_staff(redemption_id=redemption["id"], user=db.session.merge(staff))
        # The other writer's cancel, behind the counter's back: its loaded copy still says pending.
        db.session.execute(update(Redemption).where(Redemption.id == redemption["id"]).values(status="cancelled")
                           .execution_options(synchronize_session=False))
        with pytest.raises(ApiError) as raised:
            shop.fulfill(redemption=loaded, pickup_code=redemption["pickup_code"], staff_user=db.session.merge(staff))
        db.session.rollback()
    assert raised.value.status == 409 and raised.value.code == "redemption_not_pending"


def test_the_volunteer_withdraws_their_own_redemption_and_gets_the_points_back(client, auth, community, staff,  # noqa: F811
                                                                            volunteer, redemption):
    from app.errors import ApiError
    from app.extensions import db
    from app.points import shop
    from app.points.models import Redemption

    other = h.volunteer(community)
    with factories.context():
        row = db.session.get(Redemption, redemption["id"])
        for stranger in (other.user, staff):  # another volunteer; someone who is no volunteer at all
            with pytest.raises(ApiError) as raised:
                shop.withdraw(redemption=row, user=db.session.merge(stranger), reason="账户注销")
            assert raised.value.status == 404
        assert row.status == "pending"
        shop.withdraw(redemption=row, user=db.session.merge(volunteer.user), reason="账户注销")
        db.session.commit()
    [mine] = _mine(client, auth, volunteer)
    assert mine["status"] == "cancelled" and h.balance(volunteer) == 100 and h.verify() == []


@pytest.mark.english  # reads the English detail
def test_the_fifth_wrong_code_says_the_redemption_is_locked_now(client, auth, staff, volunteer, redemption):
    details = [assert_problem(_fulfill(client, auth, staff, redemption, _wrong(redemption["pickup_code"])), 422,
                              "pickup_code_mismatch")["detail"] for _ in range(5)]
    assert [d.split("; ")[1] for d in details[:4]] == [f"{n} more wrong code(s) lock it." for n in (4, 3, 2, 1)]
    assert details[4].endswith("it is locked now until staff issue a new code.")


def test_someone_not_registered_as_a_volunteer_yet_has_no_redemptions_to_list(client, auth, redemption):
    resident = factories.user(roles=("volunteer",))  # the role, no volunteer record yet
    resp = client.get(f"{API}/redemptions", headers=auth.headers(resident))
    assert resp.status_code == 200 and resp.get_json()["items"] == []


def test_staff_who_also_volunteer_neither_hand_over_nor_cancel_their_own_redemption(client, auth,
                                                                                     community):  # noqa: F811
    staff = factories.user(roles=("staff", "volunteer"), communities=(community,))
    h.volunteer(community, user=staff)
    other_staff = factories.staff(community)
    h.fund(db_volunteer_of(staff), 50, staff=other_staff)
    reward = h.reward(community, cost_points=20, stock=3)
    resp = client.post(f"{API}/redemptions", json={"reward_id": reward.id}, headers=auth.headers(staff))
    assert resp.status_code == 201, resp.get_json()
    own = resp.get_json()
    assert_problem(_fulfill(client, auth, staff, own, own["pickup_code"]), 403)
    assert_problem(client.post(f"{API}/redemptions/{own['id']}/cancel", json={"reason": "x"},
                               headers=auth.headers(staff)), 403)
    assert _fulfill(client, auth, other_staff, own, own["pickup_code"]).status_code == 200


def db_volunteer_of(user):
    from sqlalchemy import select

    from app.extensions import db
    from app.matching.models import Volunteer

    with factories.context():
        return db.session.scalar(select(Volunteer).where(Volunteer.user_id == user.id))
