"""The staff console in a real browser: sign in, curate the menu, dispatch an order, hand over a redemption, read
the dashboard's charts, order for a resident; a screenshot of every page goes to test-artifacts/console/."""
import re
from datetime import timedelta, timezone

import pytest
from sqlalchemy import select

from app.extensions import db
from app.menu.models import MenuItem
from app.orders.models import Order
from app.points.models import Redemption
from tests.console.activity import simulate
from tests import factories
from tests.console.conftest import PASSWORD, STAFF_PHONE, log_in, screenshot

pytestmark = pytest.mark.real_commits
CST = timezone(timedelta(hours=8))
expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed "
                             "(scripts/install-browser, or make install)").expect

def read(app, model, row_id):
    with app.app_context():
        row = db.session.get(model, row_id)
        db.session.remove()
        return row


def test_log_in_and_create_a_menu_item(app, page, world):
    page.goto(f"{page.base_url}/console")
    expect(page.get_by_test_id("login-form")).to_be_visible()
    screenshot(page, "login")
    page.get_by_test_id("login-phone").fill(STAFF_PHONE)
    page.get_by_test_id("login-password").fill("wrong-password")
    page.get_by_test_id("login-submit").click()
    expect(page.get_by_test_id("login-error")).to_have_text("手机号或密码错误。")

    log_in(page)
    expect(page.get_by_test_id("user-name")).to_have_text("社区工作者 李敏")
    expect(page.get_by_test_id("community-picker")).to_have_value(str(world.community_id))

    page.get_by_role("link", name="服务菜单").click()
    expect(page.locator("[data-testid=menu-items] tr")).to_have_count(2)
    page.get_by_test_id("new-item").click()
    page.get_by_test_id("item-category").select_option(label="助老")
    page.get_by_test_id("item-name").fill("助浴服务")
    page.get_by_test_id("item-description").fill("协助行动不便的老人洗浴")
    page.get_by_test_id("item-points").fill("15")
    page.get_by_test_id("item-minutes").fill("90")
    page.get_by_test_id("item-radius").fill("1000")
    page.get_by_test_id("item-save").click()
    row = page.locator("[data-testid=menu-items] tr", has_text="助浴服务")
    expect(row).to_contain_text("90 分钟")
    expect(row).to_contain_text("1000 米")
    screenshot(page, "menu")

    with app.app_context():
        item = db.session.scalar(select(MenuItem).where(MenuItem.name == "助浴服务"))
        assert (item.community_id, item.points, item.expected_minutes, item.radius_m) == (world.community_id, 15, 90, 1000)
        assert item.category.name == "助老" and item.description == "协助行动不便的老人洗浴"
        db.session.remove()


def test_dispatch_an_order_to_a_candidate(app, page, world):
    log_in(page)
    page.get_by_role("link", name="派单台").click()
    card = page.locator(f"[data-queue=pending] li[data-order-id='{world.order_id}']")
    expect(card).to_contain_text("上门探访独居老人")
    card.click()
    expect(page.get_by_test_id("selected-status")).to_have_text("待派单")
    candidates = page.locator("[data-testid=candidates] tbody tr")
    expect(candidates).to_have_count(3)
    nearest = candidates.first
    expect(nearest).to_contain_text("志愿者 张伟")
    expect(nearest).to_contain_text(re.compile(r"距离 1\d\d 米"))
    # The map: the service area, the volunteers, the order, and its search radius once candidates are in.
    board_map = page.locator("svg[data-map=dispatch-map]")
    expect(board_map.locator("circle.area")).to_have_count(1)
    expect(board_map.locator("circle.volunteer")).to_have_count(3)
    expect(board_map.locator("circle.search-ring")).to_have_count(1)
    expect(board_map.locator(f"circle.order[data-order-id='{world.order_id}']")).to_have_count(1)
    screenshot(page, "dispatch-candidates")

    nearest.get_by_test_id("dispatch-to").click()
    expect(page.get_by_test_id("selected-status")).to_have_text("已派单")
    expect(page.locator(f"[data-queue=offered] li[data-order-id='{world.order_id}']")).to_contain_text("派给 志愿者 张伟")
    expect(page.locator(f"[data-queue=pending] li[data-order-id='{world.order_id}']")).to_have_count(0)
    screenshot(page, "dispatch")

    order = read(app, Order, world.order_id)
    assert order.status == "offered" and order.offers_made == 1

    page.get_by_role("link", name="订单详情与时间线 →").click()
    expect(page.get_by_test_id("order-status")).to_have_text("已派单")
    expect(page.locator("[data-testid=timeline] li")).to_have_count(2)
    expect(page.get_by_test_id("timeline")).to_contain_text("待派单 → 已派单")
    screenshot(page, "order-detail")


def test_fulfil_a_redemption_by_pickup_code(app, page, world):
    log_in(page)
    page.get_by_role("link", name="积分商城").click()
    row = page.locator(f"[data-testid=redemptions] tr[data-redemption-id='{world.redemption_id}']")
    expect(row).to_contain_text("志愿者 张伟")
    expect(row).to_contain_text("洗衣液 2kg")
    row.get_by_test_id("pickup-code").fill("WRONG234")
    row.get_by_test_id("fulfil").click()
    expect(page.locator(".toast.bad")).to_contain_text("取件码不正确")
    assert read(app, Redemption, world.redemption_id).status == "pending"
    screenshot(page, "shop")

    row.get_by_test_id("pickup-code").fill(world.pickup_code.lower())  # typed at a counter: case does not matter
    row.get_by_test_id("fulfil").click()
    expect(page.locator(".toast").last).to_contain_text(f"兑换 #{world.redemption_id} 已核销")
    expect(row).to_have_count(0)  # gone from the pending list
    page.get_by_role("button", name="已领取").click()
    expect(page.locator(f"[data-testid=redemptions] tr[data-redemption-id='{world.redemption_id}'] "
                          "[data-testid=redemption-status]")).to_have_text("已领取")
    assert read(app, Redemption, world.redemption_id).status == "fulfilled"


def test_dashboard_draws_its_charts(app, page, world):
    with app.app_context():
        simulate(community_id=world.community_id, staff_phone=STAFF_PHONE, days=6, per_day=(2, 4), leave_open=1,
                 redemptions=2)
        db.session.remove()
    log_in(page)
    expect(page.get_by_test_id("kpi-orders")).to_be_visible()
    for chart in ("orders-per-day", "time-to-accept", "satisfaction"):
        expect(page.locator(f"svg[data-chart={chart}] rect.bar").first).to_be_visible()
    for chart in ("verified-hours", "points"):
        expect(page.locator(f"svg[data-chart={chart}] path.line")).to_have_count(2)
    assert page.locator("svg[data-chart=orders-per-day] rect.bar").count() >= 6
    expect(page.locator("svg[data-map=unmet-hexagons] circle.area")).to_have_count(1)
    expect(page.locator("[data-testid=resources-list] tbody tr")).to_have_count(2)
    expect(page.locator("[data-testid=demand-list] tbody tr")).to_have_count(2)
    expect(page.locator("[data-testid=service-list] tbody tr")).to_have_count(2)
    with app.app_context():
        unmet = db.session.scalar(select(db.func.count()).select_from(Order).where(
            Order.community_id == world.community_id, Order.status.in_(("expired", "cancelled"))))
        db.session.remove()
    hexagons = page.locator("svg[data-map=unmet-hexagons] polygon.hex")
    if unmet:
        expect(hexagons.first).to_be_visible()
    screenshot(page, "dashboard")


def test_admins_see_the_district_view(app, page, world):
    with app.app_context():
        simulate(community_id=world.community_id, staff_phone=STAFF_PHONE, days=3, per_day=(2, 3), leave_open=1,
                 redemptions=0)
        factories.user(roles=("admin",), phone="13800000000", password=PASSWORD, name="区管理员")
        db.session.remove()
    log_in(page, phone="13800000000")
    expect(page.get_by_test_id("kpi-orders")).to_be_visible()
    page.get_by_test_id("dashboard-view").select_option("areas")
    district = page.locator("[data-testid=district]").first
    expect(district).to_be_visible()
    expect(page.get_by_test_id("area-totals")).to_contain_text("社区")
    expect(district.locator(f"tr[data-community-id='{world.community_id}']")).to_have_count(1)
    expect(district.locator("svg rect.bar").first).to_be_visible()
    screenshot(page, "dashboard-districts")


def test_proxy_order_and_the_other_pages(app, page, world):
    log_in(page)
    page.get_by_role("link", name="代点单").click()
    page.get_by_test_id("resident-phone").fill(world.resident_phone)
    page.get_by_test_id("find-resident").click()
    expect(page.get_by_test_id("resident")).to_contain_text("居民 王秀英")
    expect(page.get_by_test_id("resident")).to_contain_text("独居老人")
    page.get_by_test_id("proxy-item").select_option(index=1)
    page.get_by_test_id("proxy-address").fill("民生路 18 号 2 单元 302")
    page.locator("svg[data-map=proxy-map]").click(position={"x": 230, "y": 190})
    expect(page.get_by_test_id("proxy-point")).not_to_contain_text("服务范围外")
    screenshot(page, "proxy")
    page.get_by_test_id("proxy-submit").click()
    expect(page.get_by_test_id("order-status")).to_have_text("待派单")
    expect(page.get_by_test_id("timeline")).to_contain_text("代点单")
    order_id = int(page.url.rsplit("/", 1)[1])
    with app.app_context():
        order = db.session.get(Order, order_id)
        assert order.resident.phone == world.resident_phone and order.created_by_id != order.resident_id
        assert order.item_name == "代缴水电气费" and order.address == "民生路 18 号 2 单元 302"
        db.session.remove()

    # An access token that stopped working is refreshed once, and the page carries on.
    page.evaluate("""() => {
        const tokens = JSON.parse(sessionStorage.getItem("console.tokens"));
        sessionStorage.setItem("console.tokens", JSON.stringify({...tokens, access_token: "expired"}));
    }""")
    for link, ready, name in (("订单", "[data-testid=orders-table] tbody tr[data-order-id]", "orders"),
                              ("志愿者", "[data-testid=volunteers] tr", "volunteers"),
                              ("回访", "[data-testid=follow-ups] tr", "follow-ups")):
        page.get_by_role("link", name=link, exact=True).click()
        expect(page.locator(ready).first).to_be_visible()
        if name == "volunteers":
            page.locator("button[data-tab=approved]").click()
            expect(page.locator("[data-testid=volunteers] tr[data-volunteer-id]")).to_have_count(3)
        screenshot(page, name)

    assert page.evaluate("() => JSON.parse(sessionStorage.getItem('console.tokens')).access_token") != "expired"

    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-form")).to_be_visible()
    assert page.evaluate("() => sessionStorage.getItem('console.tokens')") is None


def test_the_order_queue_says_why_minutes_wait_for_a_decision(app, page, world):
    """Staff see which orders need their decision, and why (api.md, "Trust"): here a visit checked out 2 km away
    and without the resident's service code."""
    from app import clock
    from app.db import unit_of_work
    from app.orders import access, acceptance, visits
    from app.accounts import service as accounts_service
    from app.matching.models import Volunteer

    with app.app_context(), unit_of_work(db.session):
        order = access.get(order_id=world.order_id)
        volunteer = db.session.scalar(select(Volunteer).order_by(Volunteer.id).limit(1))
        user = accounts_service.get(user_id=volunteer.user_id)
        acceptance.claim(order=order, user=user)
        clock.set_time(order.window_start)
        visits.check_in(order=order, user=user, lat=order.lat, lng=order.lng)
        clock.advance(timedelta(minutes=40))
        visits.check_out(order=order, user=user, lat=order.lat + 0.02, lng=order.lng)
    clock.set_time(None)
    log_in(page)
    page.get_by_role("link", name="订单", exact=True).click()
    page.get_by_test_id("filter-review").check()
    row = page.locator(f"[data-testid=orders-table] tr[data-order-id='{world.order_id}']")
    expect(row.get_by_test_id("review-reasons")).to_contain_text("签到或签退离服务地址超过 300 米")
    expect(row.get_by_test_id("review-reasons")).to_contain_text("居民尚未确认")
    screenshot(page, "orders-review")
    row.click()
    expect(page.locator("[data-testid=minutes-panel] [data-testid=review-reasons] li")).to_have_count(2)


def _volunteer_tokens(app, auth):
    from app.matching.models import Volunteer

    with app.app_context():
        volunteers = db.session.scalars(select(Volunteer).order_by(Volunteer.id)).all()
        users = [(v.id, v.user) for v in volunteers]
        db.session.remove()
    return [(volunteer_id, auth.tokens(user)["access_token"]) for volunteer_id, user in users]


def test_an_activity_from_creation_to_close(app, page, world, auth):
    """Publish an activity, three volunteers sign up for two places (one waits), the sign-in code shown large with
    its QR code is what they check in and out with, one check-out 2 km away waits for review and staff approve it,
    and closing pays every participant once."""
    from app import clock
    from app.points import verify
    from app.points.models import LedgerEntry

    clock.set_time(clock.now().replace(second=0, microsecond=0))
    client = app.test_client()
    tokens = _volunteer_tokens(app, auth)
    log_in(page)
    page.get_by_role("link", name="活动招募").click()
    expect(page.locator("[data-testid=activities] td.empty")).to_have_text("还没有活动")
    page.get_by_test_id("new-activity").click()
    local = lambda moment: moment.astimezone(CST).strftime("%Y-%m-%dT%H:%M")  # noqa: E731
    page.get_by_test_id("activity-title").fill("嘉陵江滨江步道清洁")
    page.get_by_test_id("activity-category").select_option(label="助老")
    page.get_by_test_id("activity-address").fill("民生路滨江步道入口")
    page.get_by_test_id("activity-start").fill(local(clock.now()))
    page.get_by_test_id("activity-end").fill(local(clock.now() + timedelta(hours=2)))
    page.get_by_test_id("activity-deadline").fill(local(clock.now() + timedelta(hours=1)))
    page.get_by_test_id("activity-quota").fill("2")
    page.get_by_test_id("activity-points").fill("6")
    page.get_by_test_id("activity-description").fill("捡拾垃圾，劝导文明游览")
    page.get_by_test_id("activity-save").click()
    expect(page.get_by_test_id("activity-status")).to_have_text("招募中")
    activity_id = int(page.url.rsplit("/", 1)[1])
    expect(page.get_by_test_id("activity-places")).to_contain_text("已报名 0/2")
    code = page.get_by_test_id("sign-in-code")
    expect(code).to_have_text(re.compile(r"^\d{6}$"))
    expect(page.get_by_test_id("sign-in-qr")).to_be_visible()

    api = "/api/v1/activities"
    answers = [client.post(f"{api}/{activity_id}/signups", headers={"Authorization": f"Bearer {t}"}).get_json()
               for _, t in tokens]
    assert [a["status"] for a in answers] == ["confirmed", "confirmed", "waitlisted"]
    page.reload()
    expect(page.locator("[data-testid=signups-confirmed] tbody tr")).to_have_count(2)
    expect(page.locator("[data-testid=signups-waitlisted] tbody tr")).to_have_text(re.compile("候补 1"))
    expect(page.get_by_test_id("activity-places")).to_contain_text("候补 1")

    centre = {"lat": 29.5583, "lng": 106.5786}
    far = {"lat": 29.5583 + 0.018, "lng": 106.5786}
    (near_id, near_token), (far_id, far_token) = tokens[:2]
    shown = code.inner_text()
    for token, where in ((near_token, centre), (far_token, far)):
        resp = client.post(f"{api}/{activity_id}/check-in", json={**where, "code": shown},
                           headers={"Authorization": f"Bearer {token}"})
        assert resp.status_code == 200 and resp.get_json()["check_in_code_ok"], resp.get_json()
    clock.advance(timedelta(minutes=90))
    expect(code).not_to_have_text(shown, timeout=15_000)  # the panel fetched this minute's code (every 5 s)
    shown = code.inner_text()
    for token, where in ((near_token, centre), (far_token, far)):
        resp = client.post(f"{api}/{activity_id}/check-out", json={**where, "code": shown},
                           headers={"Authorization": f"Bearer {token}"})
        assert resp.status_code == 200, resp.get_json()
    page.reload()
    expect(code).to_have_text(re.compile(r"^\d{6}$"))
    screenshot(page, "activity-sign-in")
    far_row = page.locator(f"[data-testid=signups-confirmed] tr[data-volunteer-id='{far_id}']")
    expect(far_row.get_by_test_id("signup-minutes-status")).to_have_text("待审核")
    expect(far_row).to_contain_text("签到或签退离活动地点超过 500 米")
    near_row = page.locator(f"[data-testid=signups-confirmed] tr[data-volunteer-id='{near_id}']")
    expect(near_row.get_by_test_id("signup-minutes-status")).to_have_text("已核实")
    far_row.get_by_test_id("approve-signup-minutes").click()
    expect(far_row.get_by_test_id("signup-minutes-status")).to_have_text("人工核准")

    page.get_by_test_id("close-activity").click()
    page.get_by_test_id("dialog").get_by_role("button", name="结束活动").click()
    expect(page.get_by_test_id("activity-status")).to_have_text("已结束")
    expect(page.get_by_test_id("sign-in-panel")).to_contain_text("不再显示签到码")
    screenshot(page, "activity-closed")
    with app.app_context():
        paid = db.session.scalars(select(LedgerEntry).where(LedgerEntry.activity_id == activity_id)
                                  .order_by(LedgerEntry.id)).all()
        assert [e.amount for e in paid] == [9, 9]  # 90 minutes at 6 points an hour, each once
        assert verify.verify() == []
        db.session.remove()
    clock.set_time(None)


def test_teams_with_leaders_and_a_join_request(app, page, world, auth):
    tokens = _volunteer_tokens(app, auth)
    log_in(page)
    page.get_by_role("link", name="志愿队伍").click()
    page.get_by_test_id("new-team").click()
    page.get_by_test_id("team-name").fill("民生路助老服务队")
    page.get_by_test_id("team-description").fill("每周探访独居老人")
    page.get_by_test_id("team-leaders").select_option(value=str(tokens[0][0]))
    page.get_by_test_id("team-save").click()
    row = page.locator("[data-testid=teams] tr", has_text="民生路助老服务队")
    expect(row).to_contain_text(world.volunteer_names[0])
    team_id = int(row.get_attribute("data-team-id"))
    client = app.test_client()
    resp = client.post(f"/api/v1/teams/{team_id}/join", headers={"Authorization": f"Bearer {tokens[1][1]}"})
    assert resp.status_code == 201
    row.click()
    member = page.locator(f"[data-testid=team-members] tr[data-volunteer-id='{tokens[1][0]}']")
    expect(member.get_by_test_id("member-status")).to_have_text("待审核")
    member.get_by_test_id("approve-member").click()
    expect(member.get_by_test_id("member-status")).to_have_text("已入队")
    screenshot(page, "teams")


def test_reassign_an_accepted_order_and_see_why_it_needs_attention(app, page, world):
    """Staff reassign an accepted order from its page (the release and the new offer in one request); a release in
    this manual community puts an order in the board's needs-attention queue, saying why."""
    from app.db import unit_of_work
    from app.orders import access, acceptance, handing_back
    from app.accounts import service as accounts_service
    from app.matching.models import Volunteer

    with app.app_context():
        item = db.session.scalar(select(MenuItem).where(MenuItem.name == "上门探访独居老人"))
        released_id = factories.order(item).id
        db.session.remove()
    with app.app_context(), unit_of_work(db.session):
        volunteers = db.session.scalars(select(Volunteer).order_by(Volunteer.id)).all()
        holder = accounts_service.get(user_id=volunteers[0].user_id)
        acceptance.claim(order=access.get(order_id=world.order_id), user=holder)
        second = accounts_service.get(user_id=volunteers[1].user_id)
        acceptance.claim(order=access.get(order_id=released_id), user=second)
        handing_back.release(order=access.get(order_id=released_id), user=second, reason="临时有事")
    log_in(page)
    page.get_by_role("link", name="派单台").click()
    card = page.locator(f"[data-queue=attention] li[data-order-id='{released_id}']")
    expect(card.get_by_test_id("attention-reason")).to_have_text("志愿者退单，需重新安排")
    screenshot(page, "dispatch-attention")

    page.goto(f"{page.base_url}/console#/orders/{world.order_id}")
    expect(page.get_by_test_id("order-status")).to_have_text("已接单")
    page.get_by_test_id("reassign-order").click()
    page.get_by_test_id("reassign-volunteer").select_option(label="志愿者 陈静")
    page.locator("dialog textarea[name=reason]").fill("就近改派")
    page.locator("dialog button[type=submit]").click()
    expect(page.get_by_test_id("order-status")).to_have_text("已派单")
    expect(page.get_by_test_id("timeline")).to_contain_text("已接单 → 待派单")
    screenshot(page, "order-reassigned")
    order = read(app, Order, world.order_id)
    assert order.status == "offered" and order.volunteer_id is None
    with app.app_context():
        assert db.session.get(Volunteer, volunteers[2].id).offers_received == 1
        assert db.session.get(Volunteer, volunteers[0].id).releases == 0
        db.session.remove()
