"""Finishing the operations of the document: operationIds, the error statuses each can answer with their codes,
and the headers of requests and answers (see app.openapi)."""
from __future__ import annotations

import copy
import re
from collections import defaultdict

from flask import Flask

from app.errors import PROBLEM_JSON, TITLES
from app.i18n import render
from app.openapi import pieces
from app.openapi.schemas import SCHEMA_REF, finish_schemas, prune, sorted_keys

METHODS = ("get", "put", "post", "patch", "delete")

# Every 401 a bearer-token operation can answer (app.accounts.auth's JWT callbacks).
TOKEN_CODES = ("unauthorized", "token_invalid", "token_expired", "token_revoked", "user_inactive")

# The `{id}` parameter whose 404 code is not `<name>_not_found`.
NOT_FOUND_BY_PARAMETER = {"item_id": "menu_item_not_found"}

# Statuses any operation may answer, documented once as its `default` response rather than on each operation.
ANY_OPERATION = {405: "method_not_allowed", 413: "request_too_large", 500: "internal_error"}

# Where the view function's name does not make a good operationId (endpoint → operationId). Once published,
# an operationId never changes: generated clients name their methods after it (tests/openapi pins them).
OPERATION_IDS = {
    "accounts.refresh": "refreshTokens",
    "accounts.patch_me": "updateMe",
    "wechat.wechat_phone": "bindWechatPhone",
    "volunteers.apply": "applyAsVolunteer",
    "volunteers.approve": "approveVolunteer",
    "volunteers.suspend": "suspendVolunteer",
    "volunteers.get_me": "getMyVolunteerProfile",
    "volunteers.patch_me": "updateMyVolunteerProfile",
    "orders.open_orders": "listOpenOrders",
    "orders.cancel": "cancelOrder",
    "orders.candidates": "listCandidates",
    "orders.accept": "acceptOrder",
    "orders.decline": "declineOrder",
    "orders.claim": "claimOrder",
    "orders.check_in": "checkIn",
    "orders.check_out": "checkOut",
    "orders.rate": "rateOrder",
    "orders.review_minutes": "reviewMinutes",
    "orders.my_tasks": "listMyTasks",
    "orders.follow_ups": "listFollowUps",
    "points.my_points": "getMyPoints",
    "points.my_entries": "listMyPointsEntries",
    "points.leaderboard": "getLeaderboard",
    "points.create_adjustment": "createPointsAdjustment",
    "points.list_reversals": "listPointsReversals",
    "notify.read_notification": "markNotificationRead",
    "stats.community_stats": "getCommunityStats",
    "teams.approve_member": "approveTeamMember",
    "teams.remove_member": "removeTeamMember",
    "teams.my_teams": "listMyTeams",
    "activities.nearby_activities": "listNearbyActivities",
    "activities.sign_up": "signUpForActivity",
    "activities.list_signups": "listActivitySignups",
    "activities.cancel_my_signup": "cancelMyActivitySignup",
    "activities.sign_in_code": "getActivitySignInCode",
    "activities.my_activities": "listMyActivities",
}


def finish(raw: dict, app: Flask) -> dict:
    """The contract made of flask-smorest's document `raw` of `app` (see app.openapi)."""
    doc = copy.deepcopy(raw)
    doc["openapi"] = "3.1.0"
    doc["info"].setdefault("contact", {"name": "Community volunteer service team"})
    doc["info"].setdefault("license", {"name": "Proprietary", "identifier": "LicenseRef-Proprietary"})
    doc["servers"] = [{"url": "http://127.0.0.1:5000", "description": "`make run` on your machine"}]
    components = doc.setdefault("components", {})
    components["schemas"].update(copy.deepcopy(pieces.SCHEMAS))
    components["headers"] = copy.deepcopy(pieces.HEADERS)
    components["parameters"] = {"IdempotencyKey": copy.deepcopy(pieces.IDEMPOTENCY_KEY),
                                "AcceptLanguage": copy.deepcopy(pieces.ACCEPT_LANGUAGE)}
    pieces.add_health(doc)

    endpoints = endpoints_by_operation(app)
    limited = limited_endpoints(app)
    for path, item in doc["paths"].items():
        path_parameters = [p["name"] for p in item.get("parameters", []) if p.get("in") == "path"]
        for method, operation in item.items():
            if method not in METHODS:
                continue
            endpoint = endpoints.get((path, method), "")
            operation.setdefault("operationId", operation_id(endpoint))
            if operation.get("description") is None and operation.get("summary"):
                operation["description"] = operation["summary"]
            secured = bool(operation.get("security"))
            _document_headers(operation, method=method, secured=secured, limited=endpoint in limited)
            errors = error_codes(operation, method=method, path_parameters=path_parameters,
                                 limited=endpoint in limited)
            _declare_errors(operation, errors, limited=endpoint in limited)
    finish_schemas(doc)
    prune(doc)
    return sorted_keys(doc)


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def operation_id(endpoint: str) -> str:
    return OPERATION_IDS.get(endpoint) or camel(endpoint.rsplit(".", 1)[-1])


def endpoints_by_operation(app: Flask) -> dict[tuple[str, str], str]:
    """(document path, method) → Flask endpoint, from the route table."""
    found = {}
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in rule.methods or ():
            found[(path, method.lower())] = rule.endpoint
    return found


def limited_endpoints(app: Flask) -> set[str]:
    """Endpoints whose view carries a Flask-Limiter limit (login, WeChat login, ...)."""
    from flask_limiter.util import get_qualified_name

    marked = set().union(*(limiter._marked_for_limiting for limiter in app.extensions.get("limiter", ())))
    # (Flask-Limiter's own record of the decorated views)
    return {endpoint for endpoint, view in app.view_functions.items() if get_qualified_name(view) in marked}


def error_codes(operation: dict, *, method: str, path_parameters: list[str], limited: bool) -> dict[int, list[str]]:
    """status → the codes the operation can answer with it: what the route shows, then what it declares."""
    secured = bool(operation.get("security"))
    roles = operation.pop("x-roles", None)
    takes_body = "requestBody" in operation
    takes_query = any(p.get("in") == "query" for p in operation.get("parameters", []))
    idempotent = method == "post" and secured  # app.transactions honours the key for a known caller
    codes: dict[int, list[str]] = defaultdict(list)
    # app.json_body checks the body of every request before anything reads it, whether the route takes one or not;
    # app.transactions reads the Idempotency-Key of every POST (and honours it only for a known caller).
    if takes_body or method in ("post", "put", "patch", "delete"):
        codes[400].append("malformed_body")
    if method == "post":
        codes[400].append("idempotency_key_invalid")
    if secured:
        codes[401].extend(TOKEN_CODES)
    if roles:
        codes[403].append("role_required")
    for name in path_parameters:
        codes[404].append(NOT_FOUND_BY_PARAMETER.get(name, name.removesuffix("_id") + "_not_found"))
    if path_parameters:
        codes[404].append("not_found")  # an id no route matches (beyond BIGINT)
    if idempotent:
        codes[409].append("idempotency_in_progress")
    if takes_body or takes_query:
        codes[422].append("validation_failed")
    if idempotent:
        codes[422].append("idempotency_key_reused")
    if limited:
        codes[429].append("rate_limited")
    for status, declared in operation.pop("x-problems", {}).items():
        for code in declared:
            if code not in codes[int(status)]:
                codes[int(status)].append(code)
    return {status: sorted(codes[status]) for status in sorted(codes) if codes[status]}


def _problem_response(status: int, codes: list[str], *, headers: dict | None = None) -> dict:
    response = {
        "description": f"{render(TITLES.get(status, 'Error'), locale='en')}: `" + "`, `".join(codes) + "`.",
        "content": {PROBLEM_JSON: {"schema": {"allOf": [
            {"$ref": SCHEMA_REF + "Problem"},
            # only `code` is narrowed: openapi-python-client cannot merge a `const` status into an integer
            {"type": "object", "required": ["code"], "properties": {"code": {"type": "string", "enum": codes}}},
        ]}}},
    }
    if headers:
        response["headers"] = headers
    return response


def _declare_errors(operation: dict, errors: dict[int, list[str]], *, limited: bool) -> None:
    responses = {status: response for status, response in operation.get("responses", {}).items()
                 if not str(status).isdigit() or int(status) < 400}
    for status, codes in errors.items():
        headers = {}
        if status == 401:
            headers["WWW-Authenticate"] = {"$ref": "#/components/headers/WWW-Authenticate"}
        if status == 429:
            headers["Retry-After"] = {"$ref": "#/components/headers/Retry-After"}
        if limited:
            headers.update(_rate_limit_headers())
        responses[str(status)] = _problem_response(status, codes, headers=headers)
    responses["default"] = {
        "description": "Any other error, on any operation: "
                       + ", ".join(f"{status} `{code}`" for status, code in ANY_OPERATION.items()) + ".",
        "content": {PROBLEM_JSON: {"schema": {"$ref": SCHEMA_REF + "Problem"}}},
    }
    operation["responses"] = responses


def _rate_limit_headers() -> dict:
    return {name: {"$ref": f"#/components/headers/{name}"}
            for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")}


def _document_headers(operation: dict, *, method: str, secured: bool, limited: bool) -> None:
    location = operation.pop("x-location", None)
    operation.setdefault("parameters", []).append({"$ref": "#/components/parameters/AcceptLanguage"})
    if method == "post" and secured:
        operation.setdefault("parameters", []).append({"$ref": "#/components/parameters/IdempotencyKey"})
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        headers = response.setdefault("headers", {})
        if "X-Pagination" in headers:
            headers["X-Pagination"] = {"$ref": "#/components/headers/X-Pagination"}
        if method == "post" and secured:
            headers["Idempotent-Replayed"] = {"$ref": "#/components/headers/Idempotent-Replayed"}
        if location and str(status) == "201":
            headers["Location"] = {"$ref": "#/components/headers/Location"}
        if limited:
            headers.update(_rate_limit_headers())
        if not headers:
            del response["headers"]
