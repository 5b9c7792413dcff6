"""The OpenAPI document as a contract a client can be generated from (api.md "General").

flask-smorest builds the document from the routes and the marshmallow schemas that validate requests; `finish`
turns that into the contract in one place, so routes stay thin and no route has to repeat what its decorators
already say:

- every operation gets a stable camelCase `operationId`: the view function's name (`create_order` →
  `createOrder`), or its entry in OPERATION_IDS where that name reads poorly (`orders.accept` → `acceptOrder`);
- every error status an operation can answer is declared as RFC 9457 problem details under
  `application/problem+json`, its `code` narrowed to the codes that status can carry there. What the route
  itself shows is derived: 401 behind a token, 403 behind a role, 404 on each `{id}`, 400/422 where it takes
  input, 429 where a rate limit applies, and the idempotency answers on authenticated POSTs. What only the
  service knows (409 `order_not_offered`, 403 `not_community_staff`, ...) the route declares with
  `@problems(status, *codes)`; the test suite fails when it observes an answer no operation declares
  (tests/openapi/recording.py);
- the `Idempotency-Key` request header, and the `Idempotent-Replayed`, `X-Pagination` and `Location` response
  headers with their real shapes;
- response schemas list every field the server always sends as `required` (a field it sometimes leaves out
  carries `metadata={"x-optional": "when"}`); a schema used both to read a request and to write a response is
  split into `Name` (the response) and `NameInput` (the request) where the two differ, as FastAPI does;
- `GET /healthz`, examples of the loop's schemas, and no component that nothing uses.

The document is OpenAPI 3.1: a nullable nested object is `anyOf: [{$ref}, {type: "null"}]`, which openapi-
typescript, openapi-python-client and jsonschema read exactly, where 3.0 has no exact way to say it (`nullable`
next to a `$ref` is ignored, and apispec's 3.0 form reads as "an empty object or the schema").
"""
from __future__ import annotations

import copy
import re
from collections import defaultdict
from functools import wraps

from flask import Flask, current_app, url_for
from flask_smorest import Api as SmorestApi

from app.errors import HTTP_CODES, PROBLEM_JSON, TITLES

METHODS = ("get", "put", "post", "patch", "delete")
SCHEMA_REF = "#/components/schemas/"

# Every 401 a bearer-token operation can answer (app.accounts.auth's JWT callbacks).
TOKEN_CODES = ("unauthorized", "token_invalid", "token_expired", "token_revoked", "user_inactive")

# The `{id}` parameter whose 404 code is not `<name>_not_found`.
NOT_FOUND_BY_PARAMETER = {"item_id": "menu_item_not_found"}

# Statuses any operation may answer, documented once as its `default` response rather than on each operation.
ANY_OPERATION = {405: "method_not_allowed", 413: "request_too_large", 500: "internal_error"}

# The schemas this module writes itself (`_shared_schemas`), `required` included.
HANDWRITTEN = {"Problem", "Pagination", "Health"}

# Response schemas the server sends with only some of their fields (as stored), so none is `required`.
PARTIAL_RESPONSES = {"CommunitySettings"}  # the settings a community set; the rest take their defaults

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
}


# ---------------------------------------------------------------------------------------------------------------
# What routes declare


def _add_doc(fn, **extensions):
    apidoc = dict(getattr(fn, "_apidoc", {}))
    manual = dict(apidoc.get("manual_doc", {}))
    for name, value in extensions.items():
        if isinstance(value, dict):
            merged = {key: list(codes) for key, codes in manual.get(name, {}).items()}
            for key, codes in value.items():
                merged[key] = [*merged.get(key, []), *(c for c in codes if c not in merged.get(key, []))]
            manual[name] = merged
        else:
            manual[name] = value
    apidoc["manual_doc"] = manual
    fn._apidoc = apidoc
    return fn


def problems(status: int, *codes: str):
    """Declare codes the operation can answer with `status` beyond those the route shows by itself (see the module
    docstring). Stack one per status, below `@blp.route`: `@problems(409, "order_not_offered", "offer_expired")`."""
    if not codes:
        raise ValueError("name the codes")

    def decorator(fn):
        return _add_doc(fn, **{"x-problems": {str(status): codes}})

    return decorator


def created_at(endpoint: str, **parameters: str):
    """A 201 answer says where the new resource lives: `Location: url_for(endpoint, param=body[field])`, e.g.
    `@created_at("orders.get_order", order_id="id")`. Goes between `@blp.route` and `@blp.response`."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            response = current_app.make_response(fn(*args, **kwargs))
            if response.status_code == 201:
                body = response.get_json(silent=True) or {}
                response.headers["Location"] = url_for(endpoint, **{p: body[f] for p, f in parameters.items()})
            return response

        return _add_doc(wrapper, **{"x-location": endpoint})

    return decorator


class Api(SmorestApi):
    """flask-smorest's Api serving the finished document: problem details instead of its default `Error`."""

    DEFAULT_ERROR_RESPONSE_NAME = None  # `finish` declares every error response itself

    def _init_spec(self, **kwargs):
        super()._init_spec(**kwargs)
        # `flask openapi print` / `write` (flask-smorest's commands) read spec.to_dict(): give them the finished one.
        self.raw_document = self.spec.to_dict
        self.spec.to_dict = lambda: document(self._app)

    def _openapi_json(self):
        from flask import jsonify

        return jsonify(document(self._app))


def document(app: Flask) -> dict:
    """The finished document of `app`, built once."""
    cached = app.extensions.get("openapi_document")
    if cached is None:
        from app.extensions import api

        with app.app_context():
            cached = finish(api.raw_document(), app)
        app.extensions["openapi_document"] = cached
    return cached


# ---------------------------------------------------------------------------------------------------------------
# Finishing the document


def finish(raw: dict, app: Flask) -> dict:
    doc = copy.deepcopy(raw)
    doc["openapi"] = "3.1.0"
    doc["info"].setdefault("contact", {"name": "Community volunteer service team"})
    doc["info"].setdefault("license", {"name": "Proprietary", "identifier": "LicenseRef-Proprietary"})
    doc["servers"] = [{"url": "http://127.0.0.1:5000", "description": "`make run` on your machine"}]
    components = doc.setdefault("components", {})
    components["schemas"].update(_shared_schemas())
    components["headers"] = HEADERS
    components["parameters"] = {"IdempotencyKey": IDEMPOTENCY_KEY}
    _add_health(doc)

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
    _finish_schemas(doc)
    _prune(doc)
    return _sorted(doc)


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

    from app.extensions import limiter

    marked = limiter._marked_for_limiting  # Flask-Limiter's own record of the decorated views
    return {endpoint for endpoint, view in app.view_functions.items() if get_qualified_name(view) in marked}


def error_codes(operation: dict, *, method: str, path_parameters: list[str], limited: bool) -> dict[int, list[str]]:
    """status → the codes the operation can answer with it: what the route shows, then what it declares."""
    secured = bool(operation.get("security"))
    roles = operation.pop("x-roles", None)
    takes_body = "requestBody" in operation
    takes_query = any(p.get("in") == "query" for p in operation.get("parameters", []))
    idempotent = method == "post" and secured  # app.transactions honours the key for a known caller
    codes: dict[int, list[str]] = defaultdict(list)
    if takes_body:
        codes[400].append("malformed_body")
    if idempotent:
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
        "description": f"{TITLES.get(status, 'Error')}: `" + "`, `".join(codes) + "`.",
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


# ---------------------------------------------------------------------------------------------------------------
# Schemas


def _refs(node, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            found.add(ref[len(SCHEMA_REF):])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def _closure(names: set[str], schemas: dict) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name], set()) - seen)
    return seen


def _usage(doc: dict) -> tuple[set[str], set[str]]:
    """Schemas reachable from requests, and from responses."""
    request_roots, response_roots = set(), set()
    for item in doc["paths"].values():
        _refs(item.get("parameters", []), request_roots)
        for method, operation in item.items():
            if method in METHODS:
                _refs(operation.get("requestBody", {}), request_roots)
                _refs(operation.get("parameters", []), request_roots)
                _refs(operation.get("responses", {}), response_roots)
    _refs(doc["components"].get("headers", {}), response_roots)
    schemas = doc["components"]["schemas"]
    return _closure(request_roots, schemas), _closure(response_roots, schemas)


def _response_view(name: str, schema: dict) -> dict:
    view = copy.deepcopy(schema)
    properties = view.get("properties", {})
    for field in [n for n, p in properties.items() if p.get("writeOnly")]:
        del properties[field]
    for prop in properties.values():
        prop.pop("readOnly", None)
        prop.pop("default", None)  # a default is what a request may leave out; a response has every value
    view["required"] = [] if name in PARTIAL_RESPONSES else \
        [field for field, prop in properties.items() if not prop.get("x-optional")]
    if not view["required"]:
        del view["required"]
    return view


def _request_view(schema: dict) -> dict:
    view = copy.deepcopy(schema)
    properties = view.get("properties", {})
    for name in [n for n, p in properties.items() if p.get("readOnly")]:
        del properties[name]
    for prop in properties.values():
        prop.pop("writeOnly", None)
    if "required" in view:
        view["required"] = sorted(name for name in view["required"] if name in properties)
        if not view["required"]:
            del view["required"]
    return view


def _rename_refs(node, renames: dict[str, str]):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref[len(SCHEMA_REF):] in renames:
            node["$ref"] = SCHEMA_REF + renames[ref[len(SCHEMA_REF):]]
        for value in node.values():
            _rename_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, renames)


def _finish_schemas(doc: dict) -> None:
    schemas = doc["components"]["schemas"]
    requests, responses = _usage(doc)
    # Split schemas read from requests and written in responses where the two views differ.
    split = {}
    requests, responses = requests - HANDWRITTEN, responses - HANDWRITTEN
    for name in sorted(requests & responses):
        response_view, request_view = _response_view(name, schemas[name]), _request_view(schemas[name])
        _strip_markers(response_view)
        _strip_markers(request_view)
        if {**response_view, "required": sorted(response_view.get("required", []))} != \
                {**request_view, "required": request_view.get("required", [])}:
            split[name] = name + "Input"
            schemas[name + "Input"] = request_view
        schemas[name] = response_view
    for name in sorted(responses - requests):
        schemas[name] = _response_view(name, schemas[name])
    if split:
        for item in doc["paths"].values():
            _rename_refs(item.get("parameters", []), split)
            for method, operation in item.items():
                if method in METHODS:
                    _rename_refs(operation.get("requestBody", {}), split)
                    _rename_refs(operation.get("parameters", []), split)
        for name in (requests - responses) | {split[n] for n in split}:
            _rename_refs(schemas[name], split)
    for name, schema in schemas.items():
        _strip_markers(schema)
        _nullable_enums(schema)
        if name in EXAMPLES:
            schema["examples"] = [EXAMPLES[name]]


def _strip_markers(node) -> None:
    if isinstance(node, dict):
        node.pop("x-optional", None)
        for value in node.values():
            _strip_markers(value)
    elif isinstance(node, list):
        for value in node:
            _strip_markers(value)


def _nullable_enums(node) -> None:
    """A nullable enum as `anyOf: [{type, enum}, {type: "null"}]`: apispec writes `type: [string, "null"]` with an
    enum that refuses null, and openapi-python-client reads even a fixed one as three enum classes."""
    if isinstance(node, dict):
        types = node.get("type")
        if isinstance(node.get("enum"), list) and isinstance(types, list) and "null" in types:
            kinds = [t for t in types if t != "null"]
            choice = {"type": kinds[0] if len(kinds) == 1 else kinds, "enum": [v for v in node.pop("enum") if v is not None]}
            del node["type"]
            node["anyOf"] = [choice, {"type": "null"}]
        for value in node.values():
            _nullable_enums(value)
    elif isinstance(node, list):
        for value in node:
            _nullable_enums(value)


def _prune(doc: dict) -> None:
    """Drop components nothing refers to (flask-smorest registers `Error`, `PaginationMetadata`, ...)."""
    components = doc["components"]
    used: set[tuple[str, str]] = set()
    todo = [doc["paths"]]
    while todo:
        for kind, name in _component_refs(todo.pop(), set()) - used:
            used.add((kind, name))
            if name in components.get(kind, {}):
                todo.append(components[kind][name])
    for kind in ("responses", "headers", "parameters", "schemas"):
        for name in list(components.get(kind, {})):
            if (kind, name) not in used:
                del components[kind][name]
        if kind in components and not components[kind]:
            del components[kind]


def _component_refs(node, found: set) -> set[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            kind, _, name = ref[len("#/components/"):].partition("/")
            found.add((kind, name))
        for value in node.values():
            _component_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _component_refs(value, found)
    return found


def _sorted(node):
    """Keys in a stable order, so the document (and the types generated from it) only changes when the API does."""
    if isinstance(node, dict):
        return {key: _sorted(node[key]) for key in sorted(node, key=_key_order)}
    if isinstance(node, list):
        return [_sorted(value) for value in node]
    return node


_FIRST = ("openapi", "info", "servers", "tags", "paths", "components")


def _key_order(key):
    # Paths and operations keep flask-smorest's order (the route table's); only the top level is reordered.
    return (_FIRST.index(key), "") if key in _FIRST else (len(_FIRST), "")


# ---------------------------------------------------------------------------------------------------------------
# Shared pieces of the document


def _shared_schemas() -> dict:
    return {
        "Problem": {
            "type": "object",
            "description": "RFC 9457 problem details. Switch on `code`, a stable snake_case string; each operation "
                           "lists the codes each of its statuses can carry.",
            "properties": {
                "type": {"type": "string", "description": "A URI naming the problem."},
                "title": {"type": "string"},
                "status": {"type": "integer", "description": "The HTTP status, repeated."},
                "detail": {"type": "string", "description": "For people; do not parse."},
                "code": {"type": "string", "description": "What went wrong, for programs."},
                "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
                           "description": "On validation failures: messages by field (`items.0.name` for "
                                          "nested fields, `_schema` for the whole body)."},
                "request_id": {"type": "string", "description": "Quote it when reporting a problem."},
            },
            "required": ["type", "title", "status", "detail", "code"],
            "examples": [{"type": "https://docs.volunteer.example/problems/order_not_offered", "title": "Conflict",
                          "status": 409, "detail": "The order has no open offer.", "code": "order_not_offered",
                          "request_id": "5f0c8e6b9d6f4b6f8d1e2a3b4c5d6e7f"}],
        },
        "Pagination": {
            "type": "object",
            "description": "The `X-Pagination` header of every list, as JSON.",
            "properties": {"total": {"type": "integer", "minimum": 0},
                           "total_pages": {"type": "integer", "minimum": 0},
                           "page": {"type": "integer", "minimum": 1},
                           "page_size": {"type": "integer", "minimum": 1, "maximum": 100}},
            "required": ["total", "total_pages", "page", "page_size"],
            "additionalProperties": False,
            "examples": [{"total": 42, "total_pages": 3, "page": 1, "page_size": 20}],
        },
        "Health": {
            "type": "object",
            "properties": {"status": {"type": "string", "enum": ["ok", "degraded"]},
                           "db": {"type": "string", "enum": ["ok", "unreachable"]}},
            "required": ["status", "db"],
            "additionalProperties": False,
            "examples": [{"status": "ok", "db": "ok"}],
        },
    }


HEADERS = {
    "X-Pagination": {
        "description": "The page this list answers, as JSON: `{\"total\", \"total_pages\", \"page\", \"page_size\"}`.",
        "required": True,
        "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + "Pagination"}}},
    },
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key` "
                       "and body; absent when the request ran now.",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "Location": {
        "description": "Where the created resource can be read.",
        "schema": {"type": "string", "format": "uri-reference"},
    },
    "WWW-Authenticate": {"description": "`Bearer`: send an access token.", "schema": {"type": "string"}},
    "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}},
    "X-RateLimit-Limit": {"description": "Requests allowed in the window.", "schema": {"type": "integer"}},
    "X-RateLimit-Remaining": {"description": "Requests left in the window.", "schema": {"type": "integer"}},
    "X-RateLimit-Reset": {"description": "When the window resets (Unix time).", "schema": {"type": "integer"}},
}

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Makes a retry safe: a replay with the same key and body answers the first response again "
                   "(with `Idempotent-Replayed: true`); the same key with another body gets 422 "
                   "`idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. "
                   "Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "example": "0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10",
}


def _add_health(doc: dict) -> None:
    def answer(description):
        return {"description": description, "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + "Health"}}}}

    doc["paths"]["/healthz"] = {"get": {
        "operationId": "getHealth",
        "tags": ["health"],
        "summary": "The service answers, and its database does too.",
        "description": "For load balancers and monitoring; no token needed.",
        "responses": {"200": answer("Healthy."), "503": answer("The database is unreachable.")},
    }}
    doc.setdefault("tags", []).append({"name": "health", "description": "Liveness of the service"})


# Examples of the loop's schemas, shown by Swagger UI and checked against the schemas (Spectral, tests/openapi).
_WINDOW = {"window_start": "2026-12-02T01:00:00+00:00", "window_end": "2026-12-02T03:00:00+00:00"}
EXAMPLES = {
    "OrderCreate": {"menu_item_id": 1, "address": "民生路 88 号 3 单元 2 楼", "lat": 29.5583, "lng": 106.5786,
                    **_WINDOW, "note": "老人耳背，请多敲门"},
    "Order": {
        "id": 42, "community_id": 1, "menu_item_id": 1, "category_id": 1, "item_name": "上门探访独居老人",
        "points": 10, "expected_minutes": 60, "radius_m": 1500, "status": "accepted",
        "address": "民生路 88 号 3 单元 2 楼", "lat": 29.5583, "lng": 106.5786, "location_precision": "exact",
        **_WINDOW, "note": "老人耳背，请多敲门",
        "resident": {"id": 7, "name": "王秀英", "phone": "13800000002", "elderly_living_alone": True},
        "volunteer": {"id": 3, "name": "李建国"}, "offer": None, "needs_attention": False, "offers_made": 1,
        "created_at": "2026-12-01T08:00:00+00:00", "accepted_at": "2026-12-01T08:05:00+00:00",
        "check_in_at": None, "check_out_at": None, "completed_at": None, "service_minutes": None,
        "minutes_status": None, "summary": None, "cancel_reason": None, "rating": None,
        "events": [
            {"at": "2026-12-01T08:00:00+00:00", "actor": {"id": 7, "role": "resident"}, "from": None,
             "to": "pending", "note": ""},
            {"at": "2026-12-01T08:02:00+00:00", "actor": {"id": 2, "role": "staff"}, "from": "pending",
             "to": "offered", "note": ""},
            {"at": "2026-12-01T08:05:00+00:00", "actor": {"id": 9, "role": "volunteer"}, "from": "offered",
             "to": "accepted", "note": ""},
        ],
    },
    "Dispatch": {"volunteer_id": 3},
    "Offer": {"id": 5, "order_id": 42, "volunteer_id": 3, "status": "pending",
              "deadline": "2026-12-01T08:17:00+00:00", "created_at": "2026-12-01T08:02:00+00:00"},
    "CheckIn": {"lat": 29.5584, "lng": 106.5787},
    "CheckOut": {"lat": 29.5584, "lng": 106.5787, "summary": "陪老人聊天一小时，检查了燃气阀门"},
    "RatingInput": {"stars": 5, "comment": "小李很耐心", "tags": []},
    "Rating": {"stars": 5, "comment": "小李很耐心", "tags": [], "automatic": False,
               "created_at": "2026-12-01T10:30:00+00:00"},
    "PointsSummary": {"balance": 130, "earned_total": 250, "redeemed_total": 120, "expired_total": 0,
                      "verified_minutes": 1260, "rank": 3, "rank_period": "2026-12"},
    "Login": {"phone": "13800000001", "password": "demo12345"},
}
