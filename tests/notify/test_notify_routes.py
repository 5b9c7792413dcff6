"""The in-app inbox through HTTP: roles, paging newest first, the unread filter, marking read."""
import json
from datetime import datetime, timedelta, timezone

from app import clock
from app.extensions import db
from app.notify import service
from tests import factories

INBOX = "/api/v1/notifications"


def _notify(user, n, event="order_completed"):
    with factories.context():
        notification_id = service.notify(user_id=user.id, event=event, title=f"通知 {n}", body=f"第 {n} 条",
                                         dedupe_key=f"test:{n}", data={"order_id": n, "item_name": "上门理发"}).id
        db.session.commit()  # a boundary, like the request that notified
        return notification_id


def test_inbox_needs_sign_in(client):
    assert client.get(INBOX).status_code == 401
    resp = client.post(f"{INBOX}/1/read")
    assert resp.status_code == 401 and resp.get_json()["code"] == "unauthorized"


def test_inbox_newest_first_paged_and_only_mine(client, auth):
    clock.set_time(datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc))
    me, other = factories.user(), factories.user()
    ids = []
    for n in range(5):
        ids.append(_notify(me, n))
        clock.advance(timedelta(minutes=1))
    _notify(other, 99)
    resp = client.get(f"{INBOX}?page_size=2", headers=auth.headers(me))
    assert resp.status_code == 200
    items = resp.get_json()["items"]
    assert [i["id"] for i in items] == [ids[4], ids[3]]
    assert items[0] == {"id": ids[4], "event": "order_completed", "title": "通知 4", "body": "第 4 条",
                        "data": {"order_id": 4, "item_name": "上门理发"},
                        "created_at": "2026-11-21T12:04:00+00:00", "read_at": None}
    assert json.loads(resp.headers["X-Pagination"]) == {"total": 5, "total_pages": 3, "page": 1, "page_size": 2}
    page3 = client.get(f"{INBOX}?page_size=2&page=3", headers=auth.headers(me)).get_json()["items"]
    assert [i["id"] for i in page3] == [ids[0]]


def test_mark_read_and_the_unread_filter(client, auth):
    clock.set_time(datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc))
    me = factories.user()
    first, second = _notify(me, 1), _notify(me, 2)
    headers = auth.headers(me)
    resp = client.post(f"{INBOX}/{first}/read", headers=headers)
    assert resp.status_code == 200
    assert resp.get_json()["id"] == first and resp.get_json()["read_at"] == "2026-11-21T12:00:00+00:00"
    unread = client.get(f"{INBOX}?unread=true", headers=headers)
    assert [i["id"] for i in unread.get_json()["items"]] == [second]
    assert json.loads(unread.headers["X-Pagination"])["total"] == 1  # the badge count
    assert len(client.get(f"{INBOX}?unread=false", headers=headers).get_json()["items"]) == 2
    clock.advance(timedelta(hours=1))  # reading again keeps the first read time
    again = client.post(f"{INBOX}/{first}/read", headers=headers)
    assert again.status_code == 200 and again.get_json()["read_at"] == "2026-11-21T12:00:00+00:00"


def test_someone_elses_notification_is_not_found(client, auth):
    owner, intruder = factories.user(), factories.user(roles=("staff",))
    theirs = _notify(owner, 1)
    for path in (f"{INBOX}/{theirs}/read", f"{INBOX}/987654/read"):
        resp = client.post(path, headers=auth.headers(intruder))
        assert resp.status_code == 404 and resp.get_json()["code"] == "notification_not_found"
    assert client.get(INBOX, headers=auth.headers(owner)).get_json()["items"][0]["read_at"] is None


def test_inbox_bad_input(client, auth):
    headers = auth.headers(factories.user())
    for query, field in (("page=0", "page"), ("page_size=101", "page_size"), ("unread=maybe", "unread")):
        resp = client.get(f"{INBOX}?{query}", headers=headers)
        assert resp.status_code == 422 and resp.mimetype == "application/problem+json"
        assert field in resp.get_json()["errors"]
    assert client.post(f"{INBOX}/abc/read", headers=headers).status_code == 404
