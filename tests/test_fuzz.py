"""Schemathesis against the served OpenAPI document, as every role: no 5xx, no response that breaks its own
documented schema. Bounded for `make test` (FUZZ_EXAMPLES per operation and role); raise it for a longer run."""
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from app import create_app
from tests import factories
from tests.wechat.conftest import fake, wechat_server  # noqa: F401  (fixtures: WeChat login needs its server)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "3"))
ROLES = ("anonymous", "resident", "volunteer", "staff", "other_staff", "admin")


def _operation_labels() -> list[str]:
    """Read the operations from the document itself, so a new endpoint is fuzzed without touching this file."""
    spec = create_app("testing", {"SQLALCHEMY_DATABASE_URI": "sqlite://"}).test_client().get(
        "/api/v1/openapi.json").get_json()
    return [f"{method.upper()} {path}" for path, item in sorted(spec["paths"].items())
            for method in sorted(item) if method in ("get", "post", "put", "patch", "delete")]


@pytest.fixture(scope="session")
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


@pytest.fixture
def people(auth, fake):  # noqa: F811
    """One person per role, with a community, a menu item and an order, so generated ids sometimes hit."""
    community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    resident = factories.user(roles=("resident",))
    volunteer = factories.volunteer(community, [category])
    factories.order(item, resident)
    return {
        "anonymous": {},
        "resident": auth.headers(resident),
        "volunteer": auth.headers(volunteer.user),
        "staff": auth.headers(factories.staff(community)),
        "other_staff": auth.headers(factories.staff(factories.community())),
        "admin": auth.headers(factories.user(roles=("admin",))),
    }


@pytest.mark.parametrize("label", _operation_labels())
def test_api_never_fails_and_keeps_its_schema(label, api_schema, people):
    operation = api_schema.find_operation_by_label(label)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def each_role(case):
        for role in ROLES:
            response = case.call(headers={**(case.headers or {}), **people[role]})
            case.validate_response(response, checks=(not_a_server_error, response_schema_conformance))

    each_role()
