"""Browser tests of the staff console: the real app on a real server (a thread on a free loopback port), driven by
Playwright in Debian's headless Chromium, against data committed for real (the server's requests have their own
connections, so these tests are `real_commits` and the tables are emptied after each).

They skip, saying why, only where Chromium or Playwright is missing; `scripts/install-browser` installs both.
Screenshots of each page go to test-artifacts/console/ (git-ignored).
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from app.extensions import db
from tests import factories

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "console"
PASSWORD = "demo12345"
STAFF_PHONE = "13800000001"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# A clean, quiet browser: no first-run pages, no background traffic to anywhere (the machines are offline).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"]
TIMEOUT_MS = 15_000


def _skip_reason() -> str | None:
    if CHROMIUM is None:
        return "Chromium is not installed (run scripts/install-browser: Debian's chromium package)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (run scripts/install-browser, or make install)"
    return None


@pytest.fixture(scope="module")
def live_server(app):
    """The app served on 127.0.0.1 at a free port, in a background thread, for the module's tests."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="console-live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_context():
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="console-chromium-")  # a new, empty user data dir
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, locale="zh-CN",
            timezone_id="Asia/Shanghai", viewport={"width": 1366, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context, live_server):
    """A fresh tab (its own sessionStorage, so signed out) that fails the test on any uncaught script error."""
    tab = browser_context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.base_url = live_server
    yield tab
    tab.close()
    assert not errors, f"script errors in the console: {errors}"


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, phone: str = STAFF_PHONE, password: str = PASSWORD) -> None:
    page.goto(f"{page.base_url}/console")
    page.get_by_test_id("login-phone").fill(phone)
    page.get_by_test_id("login-password").fill(password)
    page.get_by_test_id("login-submit").click()
    page.get_by_test_id("user-name").wait_for()


@dataclass
class World:
    community_id: int
    community_name: str
    order_id: int
    redemption_id: int
    pickup_code: str
    resident_phone: str
    volunteer_names: list


@pytest.fixture
def world(app):
    """One community with a manual dispatch policy: staff 13800000001 / demo12345, a menu of two categories,
    three approved volunteers near the centre with both skills, a resident with a pending order, and a volunteer's
    pending redemption in the rewards shop."""
    from app.accounts import service as accounts_service
    from app.points import earning
    from app.points import shop

    with app.app_context():
        community = factories.community(name="民生路社区", dispatch_policy="manual")
        elderly, errands = factories.category("助老"), factories.category("代办跑腿")
        item = factories.menu_item(community, elderly, name="上门探访独居老人", points=10, expected_minutes=60)
        factories.menu_item(community, errands, name="代缴水电气费", points=4, expected_minutes=30)
        staff = factories.staff(community, phone=STAFF_PHONE, password=PASSWORD, name="社区工作者 李敏")
        resident = factories.user(roles=("resident",), phone="13800000002", name="居民 王秀英",
                                  elderly_living_alone=True)
        volunteers = [factories.volunteer(community, [elderly, errands], lat=community.lat + metres / 111_000,
                                          name=name)
                      for name, metres in (("志愿者 张伟", 150), ("志愿者 刘洋", 420), ("志愿者 陈静", 800))]
        order = factories.order(item, resident)
        staff = db.session.merge(staff)
        volunteer = db.session.merge(volunteers[0])
        earning.adjust(volunteer=volunteer, amount=200, reason="开通积分", staff_user=staff)
        reward = shop.create_reward(community=db.session.merge(community), user=staff,
                                    reward_in={"name": "洗衣液 2kg", "cost_points": 60, "stock": 50})
        redemption = shop.redeem(user=accounts_service.get(user_id=volunteer.user_id), reward_id=reward.id, quantity=1)
        world = World(community_id=community.id, community_name=community.name, order_id=order.id,
                      redemption_id=redemption.id, pickup_code=redemption.pickup_code,
                      resident_phone=resident.phone, volunteer_names=[v.user.name for v in volunteers])
        db.session.commit()  # the fixture is a boundary: services never commit
        db.session.remove()
    return world
