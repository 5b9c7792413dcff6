"""What people read is in their language (app/i18n.py): zh-CN by default, English on `Accept-Language: en`, for error
details, ledger reasons, timeline notes and notifications alike; codes never change, and words a person typed are
shown as typed."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from app import clock
from app.extensions import db
from app.notify.models import Notification
from app.orders.models import OrderEvent
from tests import factories

API = "/api/v1"
EN = {"Accept-Language": "en"}


def place(client, auth, world):
    start = clock.now() + timedelta(minutes=15)
    body = {"menu_item_id": world.item.id, "address": "民生路 88 号 3 单元 501", "lat": world.community.lat,
            "lng": world.community.lng, "window_start": start.isoformat(),
            "window_end": (start + timedelta(hours=3)).isoformat()}
    resp = client.post(f"{API}/orders", json=body, headers=auth.headers(world.resident))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def get(client, auth, user, path, **headers):
    return client.get(f"{API}{path}", headers=auth.headers(user, **headers))


def post(client, auth, user, path, body=None, **headers):
    return client.post(f"{API}{path}", json=body or {}, headers=auth.headers(user, **headers))


def here(world):
    return {"lat": world.community.lat, "lng": world.community.lng}


# Error details

def test_an_error_detail_is_zh_cn_by_default_and_english_when_asked(client, auth, world):
    zh = get(client, auth, world.staff, "/orders/999999")
    en = get(client, auth, world.staff, "/orders/999999", **EN)
    assert zh.status_code == en.status_code == 404
    assert zh.get_json()["code"] == en.get_json()["code"] == "order_not_found"
    assert (zh.get_json()["detail"], zh.get_json()["title"]) == ("未找到该订单。", "未找到")
    assert (en.get_json()["detail"], en.get_json()["title"]) == ("No such order.", "Not found")
    assert (zh.headers["Content-Language"], en.headers["Content-Language"]) == ("zh-CN", "en")
    assert "Accept-Language" in zh.headers["Vary"]


def test_a_detail_with_params_keeps_them_in_either_language(client, auth, world):
    far = {"menu_item_id": world.item.id, "address": "远处", "lat": world.community.lat + 1,
                  "lng": world.community.lng, "window_start": (clock.now() + timedelta(hours=1)).isoformat(),
                  "window_end": (clock.now() + timedelta(hours=2)).isoformat()}
    zh = client.post(f"{API}/orders", json=far, headers=auth.headers(world.resident))
    en = client.post(f"{API}/orders", json=far, headers=auth.headers(world.resident, **EN))
    assert zh.get_json()["code"] == en.get_json()["code"] == "outside_service_area"
    assert zh.get_json()["detail"] == f"该地址不在{world.community.name}的服务范围内（中心周边 1500 米）。"
    assert en.get_json()["detail"] == (f"This address is outside {world.community.name}'s service area "
                                       "(1500 m around its centre).")
    assert zh.get_json()["errors"]["lat"] == [zh.get_json()["detail"]]


def test_validation_messages_are_translated_too(client, auth, world):
    zh = client.post(f"{API}/orders", json={}, headers=auth.headers(world.resident)).get_json()
    en = client.post(f"{API}/orders", json={}, headers=auth.headers(world.resident, **EN)).get_json()
    assert zh["code"] == en["code"] == "validation_failed"
    assert (zh["detail"], en["detail"]) == ("请求中有字段不符合要求。", "The request has invalid fields.")
    assert (zh["errors"]["menu_item_id"], en["errors"]["menu_item_id"]) == (["缺少必填字段。"],
                                                                            ["Missing data for required field."])
    order = place(client, auth, world)
    long = post(client, auth, world.resident, f"/orders/{order['id']}/cancel", {"reason": "长" * 201}).get_json()
    assert long["errors"]["reason"] == ["长度须在 1 到 200 之间。"]


def test_the_language_is_the_clients_best_match_and_zh_cn_otherwise(client, auth, world):
    def language(value):
        resp = get(client, auth, world.staff, "/orders/999999", **{"Accept-Language": value})
        return resp.headers["Content-Language"], resp.get_json()["detail"]

    assert language("fr-FR, de;q=0.8") == ("zh-CN", "未找到该订单。")  # nothing we have: the default
    assert language("en-GB") == ("en", "No such order.")
    assert language("en;q=0.4, zh;q=0.9") == ("zh-CN", "未找到该订单。")  # the client's order, not the tag's shape
    assert language("zh-TW, en;q=0.5") == ("zh-CN", "未找到该订单。")
    assert language("fr, en;q=0.5") == ("en", "No such order.")
    assert language("") == ("zh-CN", "未找到该订单。")


# Stored texts, rendered for each reader

def test_a_timeline_note_reads_in_the_readers_language_and_is_stored_in_zh_cn(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    assert post(client, auth, v.user, f"/orders/{order['id']}/claim", **EN).status_code == 200
    zh = get(client, auth, world.staff, f"/orders/{order['id']}").get_json()["events"][-1]["note"]
    en = get(client, auth, world.staff, f"/orders/{order['id']}", **EN).get_json()["events"][-1]["note"]
    assert (zh, en) == ("从抢单池接单", "claimed from the open pool")
    with factories.context():  # what exports and the database's readers see, whoever caused it
        stored = db.session.scalars(select(OrderEvent).where(OrderEvent.order_id == order["id"])
                                    .order_by(OrderEvent.id.desc())).first()
        assert (stored.note, stored.note_msg["id"]) == ("从抢单池接单", "claimed from the open pool")


def test_a_note_with_params_and_a_check_in_distance(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    assert post(client, auth, v.user, f"/orders/{order['id']}/check-in", here(world)).status_code == 200
    zh = get(client, auth, world.staff, f"/orders/{order['id']}").get_json()["events"][-1]["note"]
    en = get(client, auth, world.staff, f"/orders/{order['id']}", **EN).get_json()["events"][-1]["note"]
    assert (zh, en) == ("距服务地址 0 米", "0 m from the address")


def test_a_cancel_reason_is_shown_as_typed(client, auth, world):
    order = place(client, auth, world)
    typed = "Changed my mind, 谢谢"
    assert post(client, auth, world.resident, f"/orders/{order['id']}/cancel", {"reason": typed}).status_code == 200
    for headers in ({}, EN):
        seen = get(client, auth, world.staff, f"/orders/{order['id']}", **headers).get_json()
        assert seen["events"][-1]["note"] == typed


def test_a_row_from_before_reads_as_stored(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    with factories.context():  # as rows written before migration 0012 are: the text, no message
        db.session.execute(update(OrderEvent).where(OrderEvent.order_id == order["id"])
                           .values(note="claimed from the open pool", note_msg=None))
        db.session.commit()
    for headers in ({}, EN):
        seen = get(client, auth, world.staff, f"/orders/{order['id']}", **headers).get_json()
        assert seen["events"][-1]["note"] == "claimed from the open pool"


def test_a_ledger_reason_reads_in_the_readers_language_and_an_adjustment_as_typed(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", here(world))
    clock.advance(timedelta(minutes=50))
    done = post(client, auth, v.user, f"/orders/{order['id']}/check-out",
                {**here(world), "service_code": order["service_code"]})
    assert done.status_code == 200, done.get_json()
    typed = "Extra help at the fair 庙会"
    resp = post(client, auth, world.staff, "/points/adjustments", {"volunteer_id": v.id, "amount": 3, "reason": typed})
    assert resp.status_code == 201, resp.get_json()
    zh = get(client, auth, v.user, "/points/me/entries").get_json()["items"]
    en = get(client, auth, v.user, "/points/me/entries", **EN).get_json()["items"]
    assert [e["reason"] for e in zh] == [typed, f"服务完成：订单 {order['id']}，陪同散步"]
    assert [e["reason"] for e in en] == [typed, f"Service completed: order {order['id']}, 陪同散步"]
    assert [e["kind"] for e in zh] == [e["kind"] for e in en] == ["adjustment", "completion"]


def test_a_notification_reads_in_the_readers_language(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/dispatch", {"volunteer_id": v.id}, **EN)
    assert resp.status_code == 201, resp.get_json()
    offer = resp.get_json()
    minutes = round((datetime.fromisoformat(offer["deadline"]) - datetime.fromisoformat(offer["created_at"]))
                    .total_seconds() / 60)
    zh = get(client, auth, v.user, "/notifications").get_json()["items"][0]
    en = get(client, auth, v.user, "/notifications", **EN).get_json()["items"][0]
    assert (zh["event"], zh["title"], zh["body"]) == ("offer_created", "新的服务派单", f"陪同散步：请在 {minutes} 分钟内接单")
    assert (en["event"], en["title"], en["body"]) == ("offer_created", "New service order",
                                                      f"陪同散步: please accept within {minutes} minutes")
    with factories.context():  # stored (and sent to WeChat by the scheduler) in zh-CN, though staff asked in English
        stored = db.session.scalars(select(Notification).where(Notification.user_id == v.user.id)).one()
        assert stored.title == "新的服务派单"
