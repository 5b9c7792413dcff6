"""Swagger UI at /docs renders the OpenAPI 3.1 document in a real browser, from local files (Swagger UI 4 could
not: "Unable to render this definition"); a screenshot goes to test-artifacts/console/docs.png."""
import pytest

from tests.console.conftest import screenshot

pytestmark = pytest.mark.real_commits
expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed "
                             "(scripts/install-browser, or make install)").expect


def test_swagger_ui_renders_every_operation(page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{page.base_url}/docs")
    expect(page.locator("#operations-orders-acceptOrder")).to_be_visible()
    expect(page.locator("#operations-health-getHealth")).to_be_visible()
    assert page.get_by_text("Unable to render this definition").count() == 0
    assert page.locator(".opblock").count() >= 60
    page.locator("#operations-orders-acceptOrder .opblock-summary").click()
    expect(page.locator("#operations-orders-acceptOrder").get_by_text("order_not_offered").first).to_be_visible()
    screenshot(page, "docs")
    assert all(url.startswith(page.base_url) for url in requested), "Swagger UI fetched something from elsewhere"
