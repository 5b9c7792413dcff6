"""A Python client generated from the served document by openapi-python-client (a tool nobody here wrote) reads
what the API answers: an order with its volunteer as a Person, and a 409 as problem details with its code."""
import importlib
import json
import shutil
import subprocess
import sys
from datetime import timedelta

import httpx
import pytest

from app import clock
from tests import factories

GENERATOR = shutil.which("openapi-python-client", path=str(__import__("pathlib").Path(sys.executable).parent))


@pytest.fixture(scope="module")
def generated(app, tmp_path_factory):
    if GENERATOR is None:
        pytest.skip("openapi-python-client is not installed (requirements-dev.txt)")
    root = tmp_path_factory.mktemp("pyclient")
    (root / "openapi.json").write_text(json.dumps(app.test_client().get("/api/v1/openapi.json").get_json()))
    run = subprocess.run([GENERATOR, "generate", "--path", str(root / "openapi.json"), "--meta", "none",
                          "--output-path", str(root / "volunteer_client")], capture_output=True, text=True)
    assert (root / "volunteer_client" / "client.py").exists(), run.stdout + run.stderr
    sys.path.insert(0, str(root))
    try:
        yield lambda name: importlib.import_module(f"volunteer_client.{name}")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.startswith("volunteer_client")]:
            del sys.modules[name]


def test_generated_client_parses_an_order_with_its_volunteer_and_a_409(app, auth, generated):
    community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    volunteer = factories.volunteer(community, [category])
    order = factories.order(item, factories.user(roles=("resident",)))
    client_module, models = generated("client"), generated("models")
    dispatch, accept = generated("api.orders.dispatch_order"), generated("api.orders.accept_order")

    def as_user(user):
        token = auth.tokens(user)["access_token"]
        return client_module.AuthenticatedClient(base_url="http://api.test", token=token,
                                                 httpx_args={"transport": httpx.WSGITransport(app=app)})

    offered = dispatch.sync(order.id, client=as_user(factories.staff(community)),
                            body=models.Dispatch(volunteer_id=volunteer.id))
    assert isinstance(offered, models.Offer) and offered.deadline > clock.now() - timedelta(minutes=1)
    accepted = accept.sync(order.id, client=as_user(volunteer.user))
    assert isinstance(accepted, models.Order), accepted
    assert isinstance(accepted.volunteer, models.Person) and accepted.volunteer.id == volunteer.id
    assert accepted.volunteer.name == volunteer.user.name and accepted.offer is None
    again = accept.sync_detailed(order.id, client=as_user(volunteer.user))
    assert again.status_code == 409
    assert type(again.parsed).__name__ == "AcceptOrderResponse409"
    assert again.parsed.code.value == "already_accepted" and again.parsed.status == 409
