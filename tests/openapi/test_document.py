"""The served OpenAPI document is a contract a client can be generated from (api.md "General").

What each operation must declare is derived here from sources the document is not built from: the route table
(`{id}` rules, the views' arguments), the authorization matrix (every status a role gets), Flask-Limiter's own
record of the limited views. Failure messages say what to declare where.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema_rs
import pytest
from openapi_spec_validator import validate

from app.extensions import limiter
from app.openapi import PROBLEM_JSON
from tests.test_authorization_matrix import MATRIX, _to_rule

METHODS = ("get", "put", "post", "patch", "delete")
PINNED = Path(__file__).with_name("operation_ids.json")


@pytest.fixture(scope="module")
def doc(app):
    return app.test_client().get("/api/v1/openapi.json").get_json()


def operations(doc):
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def rule_path(rule: str) -> str:
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def api_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and rule.endpoint != "api-docs.openapi_json":
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                yield rule, method.lower()


def codes_of(operation, status) -> list[str]:
    response = operation["responses"].get(str(status))
    if response is None:
        return []
    schema = response["content"][PROBLEM_JSON]["schema"]
    return schema["allOf"][1]["properties"]["code"]["enum"]


def test_the_document_is_valid_openapi_3_1(doc):
    assert doc["openapi"] == "3.1.0"
    validate(doc)  # openapi-spec-validator: raises naming the first error


def test_every_route_is_an_operation(app, doc):
    missing = [f"{method.upper()} {rule.rule}" for rule, method in api_rules(app)
               if method not in doc["paths"].get(rule_path(rule.rule), {})]
    assert not missing
    assert doc["paths"]["/healthz"]["get"]["operationId"] == "getHealth"


def test_operation_ids_are_unique_camel_case_and_pinned(doc):
    ids = {f"{method.upper()} {path}": operation.get("operationId") for path, method, operation in operations(doc)}
    assert all(ids.values()), [label for label, oid in ids.items() if not oid]
    bad = {label: oid for label, oid in ids.items() if not re.fullmatch(r"[a-z][a-zA-Z0-9]*", oid)}
    assert not bad, f"operationIds must be camelCase: {bad}"
    seen: dict[str, str] = {}
    for label, oid in ids.items():
        assert oid not in seen, f"{label} and {seen[oid]} share the operationId {oid}: add one of their endpoints " \
                                f"to app.openapi.OPERATION_IDS"
        seen[oid] = label
    pinned = json.loads(PINNED.read_text())
    changed = {label: (oid, ids.get(label)) for label, oid in pinned.items() if ids.get(label) != oid}
    assert not changed, "published operationIds changed (generated clients name their methods after them; keep the " \
                        f"old one in app.openapi.OPERATION_IDS): {changed}"
    new = {label: oid for label, oid in ids.items() if label not in pinned}
    assert not new, f"pin the operationIds of new operations in {PINNED.relative_to(Path.cwd())}: " + \
        ", ".join(f'"{label}": "{oid}"' for label, oid in sorted(new.items()))


def test_statuses_the_authorization_matrix_gives_are_declared(doc):
    missing = []
    for (method, path), answers in MATRIX.items():
        operation = doc["paths"][rule_path(_to_rule(path))][method.lower()]
        for status in sorted({s for s in answers if s >= 400}):
            if str(status) not in operation["responses"]:
                missing.append(f"{method} {path} answers {status} in the authorization matrix but does not declare it")
    assert not missing, "\n".join(missing)


def test_each_authenticated_operation_declares_401_and_each_id_path_404(app, doc):
    missing = []
    for rule, method in api_rules(app):
        operation = doc["paths"][rule_path(rule.rule)][method]
        anonymous = MATRIX.get((method.upper(), _matrix_path(rule.rule)), (None,))[0]
        if anonymous == 401 and ("401" not in operation["responses"] or not operation.get("security")):
            missing.append(f"{method.upper()} {rule.rule}: refuses the anonymous but declares no 401 (or no security)")
        for argument in sorted(rule.arguments):
            if "404" not in operation["responses"] or f"{argument.removesuffix('_id')}_not_found" not in \
                    " ".join(codes_of(operation, 404)).replace("menu_item", "item"):
                missing.append(f"{method.upper()} {rule.rule}: no 404 for an unknown {argument}")
    assert not missing, "\n".join(missing)


def _matrix_path(rule: str) -> str:
    for method, path in MATRIX:
        if _to_rule(path) == rule:
            return path
    return rule


def test_operations_that_take_input_declare_422(app, doc):
    missing = []
    for rule, method in api_rules(app):
        view = app.view_functions[rule.endpoint]
        if getattr(view, "_apidoc", {}).get("arguments"):
            operation = doc["paths"][rule_path(rule.rule)][method]
            if "validation_failed" not in codes_of(operation, 422):
                missing.append(f"{method.upper()} {rule.rule} takes input but declares no 422 validation_failed")
    assert not missing, "\n".join(missing)


def test_limited_operations_declare_429_with_retry_after(app, doc):
    from flask_limiter.util import get_qualified_name

    limited = [(rule, method) for rule, method in api_rules(app)
               if get_qualified_name(app.view_functions[rule.endpoint]) in limiter._marked_for_limiting]
    assert {rule.rule for rule, _ in limited} >= {"/api/v1/auth/wechat"}
    for rule, method in limited:
        response = doc["paths"][rule_path(rule.rule)][method]["responses"].get("429")
        assert response and "rate_limited" in codes_of(doc["paths"][rule_path(rule.rule)][method], 429), rule.rule
        assert "Retry-After" in response["headers"], rule.rule
    # Guess limits (app.throttle) count wrong answers inside the service; their operations declare 429 the same way.
    for path, method in (("/api/v1/auth/login", "post"), ("/api/v1/me", "patch"), ("/api/v1/redemptions", "get")):
        response = doc["paths"][path][method]["responses"].get("429")
        assert response and "rate_limited" in codes_of(doc["paths"][path][method], 429), path
        assert "Retry-After" in response["headers"], path


def test_authenticated_posts_document_idempotency(doc):
    for path, method, operation in operations(doc):
        if method != "post" or not operation.get("security"):
            continue
        assert {"$ref": "#/components/parameters/IdempotencyKey"} in operation["parameters"], path
        success = [r for s, r in operation["responses"].items() if s.startswith("2")]
        assert all("Idempotent-Replayed" in r.get("headers", {}) for r in success), path
        assert "idempotency_in_progress" in codes_of(operation, 409), path
        assert "idempotency_key_reused" in codes_of(operation, 422), path


def test_errors_are_problem_details_and_no_default_error_schema_is_left(doc):
    schemas = doc["components"]["schemas"]
    assert "Error" not in schemas and "PaginationMetadata" not in schemas
    assert schemas["Problem"]["properties"]["code"] == {"type": "string", "description": schemas["Problem"][
        "properties"]["code"]["description"]}
    assert set(schemas["Problem"]["required"]) == {"type", "title", "status", "detail", "code"}
    for path, method, operation in operations(doc):
        for status, response in operation["responses"].items():
            if status == "default" or int(status) >= 400:
                assert list(response["content"]) == [PROBLEM_JSON], (path, method, status)


def test_no_component_is_unused(doc):
    text = json.dumps(doc["paths"]) + json.dumps(doc["components"])
    unused = [f"{kind}/{name}" for kind, items in doc["components"].items() if kind != "securitySchemes"
              for name in items if f'"#/components/{kind}/{name}"' not in text]
    assert not unused


def test_x_pagination_has_its_real_shape(doc):
    header = doc["components"]["headers"]["X-Pagination"]
    assert header["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Pagination"}
    assert set(doc["components"]["schemas"]["Pagination"]["required"]) == {"total", "total_pages", "page", "page_size"}
    listed = [path for path, method, operation in operations(doc)
              if "X-Pagination" in operation["responses"].get("200", {}).get("headers", {})]
    assert "/api/v1/orders" in listed and "/api/v1/notifications" in listed


def test_responses_are_exact_for_generated_clients(doc):
    schemas = doc["components"]["schemas"]
    order = schemas["Order"]
    assert order["properties"]["volunteer"] == {"anyOf": [{"$ref": "#/components/schemas/Person"}, {"type": "null"}]}
    assert order["properties"]["rating"]["anyOf"][1] == {"type": "null"}
    assert {"id", "status", "volunteer", "offer", "rating", "events", "window_start"} <= set(order["required"])
    assert "distance_m" not in order["required"]  # the open pool's only
    assert schemas["Event"]["properties"]["actor"] == {"$ref": "#/components/schemas/Actor"}
    assert schemas["User"]["properties"]["roles"]["items"]["enum"] == ["resident", "volunteer", "staff", "admin"]
    assert schemas["Volunteer"]["properties"]["rating_mean"]["type"] == ["number", "null"]
    enums = {("Event", "from"), ("Event", "to"), ("Order", "minutes_status"), ("Order", "location_precision"),
             ("Task", "kind"), ("LedgerEntry", "kind"), ("Offer", "status"), ("OfferRef", "status"),
             ("Volunteer", "status"), ("Redemption", "status"), ("FollowUp", "status")}
    def enum_of(prop):  # a nullable enum is anyOf [{enum}, {type: null}]
        return prop.get("enum") or next((p["enum"] for p in prop.get("anyOf", []) if "enum" in p), None)

    assert [e for e in sorted(enums) if not enum_of(schemas[e[0]]["properties"][e[1]])] == []
    assert schemas["Order"]["properties"]["minutes_status"]["anyOf"][1] == {"type": "null"}
    # read-only ids are required in responses, and not asked for in requests
    assert "id" in schemas["Community"]["required"] and "id" not in schemas["CommunityInput"]["properties"]


def test_examples_match_their_schemas(doc):
    checked = 0
    for name, schema in doc["components"]["schemas"].items():
        for example in schema.get("examples", []):
            validator = jsonschema_rs.Draft202012Validator(
                {"components": doc["components"], "$ref": f"#/components/schemas/{name}"})
            errors = [e.message for e in validator.iter_errors(example)]
            assert not errors, (name, errors)
            checked += 1
    assert checked >= 10


def test_location_on_201s_where_the_resource_has_a_url(doc):
    for path in ("/api/v1/orders", "/api/v1/volunteers", "/api/v1/communities"):
        assert "Location" in doc["paths"][path]["post"]["responses"]["201"]["headers"], path
