"""What the test suite observes the API answer, checked against the served OpenAPI document.

`RecordingClient` is every Flask test client of the run (tests/conftest.py installs it). For each answer of an
operation in the document it records the status and, for problem details, the `code`, and checks the body
against the schema the document gives for that status. `tests/openapi/test_observed.py` runs last and fails
naming each answer the document does not declare, and where to declare it: the document keeps up with the
codes others add as long as a test exercises them.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

import jsonschema_rs
from flask.testing import FlaskClient
from werkzeug.exceptions import HTTPException

# (path in the document, method) → {(status, code or None)}, and the endpoint that answered
OBSERVED: dict[tuple[str, str], set[tuple[int, str | None]]] = defaultdict(set)
ENDPOINTS: dict[tuple[str, str], str] = {}
# (path, method) → {(status, header)} for the response headers a client reads
HEADERS_SEEN: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)
HEADERS = ("Location", "X-Pagination", "Idempotent-Replayed")
# (path, method, status) → first body that broke its documented schema, with the errors
BODY_MISMATCHES: dict[tuple[str, str, int], str] = {}



def document_path(rule: str) -> str:
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


class RecordingClient(FlaskClient):
    def open(self, *args, **kwargs):
        # Read the answer whole and close it, as a server does once it has sent it: what runs when a response is
        # closed (app.transactions: work deferred until after the response) has run when the call returns.
        kwargs.setdefault("buffered", True)
        response = super().open(*args, **kwargs)
        request = getattr(response, "request", None)
        if request is not None:
            record(self.application, request.method, request.path, response)
        return response


def record(app, method: str, path: str, response) -> None:
    if not (path.startswith("/api/v1/") or path == "/healthz") or path.endswith("/openapi.json"):
        return
    if response.direct_passthrough:
        return
    try:
        rule, _ = app.url_map.bind("localhost").match(path, method=method, return_rule=True)
    except HTTPException:
        return  # no operation answered (404 for an unknown path, 405)
    key = (document_path(rule.rule), method.lower())
    ENDPOINTS[key] = rule.endpoint
    body = response.get_json(silent=True)
    code = body.get("code") if response.status_code >= 400 and isinstance(body, dict) else None
    OBSERVED[key].add((response.status_code, code))
    HEADERS_SEEN[key].update((response.status_code, h) for h in HEADERS if h in response.headers)
    _check_body(app, key, response, body)


def served_document(app) -> dict:
    from app.openapi import document

    return document(app)  # built once per app (kept in app.extensions)


def _check_body(app, key, response, body) -> None:
    status = response.status_code
    if (*key, status) in BODY_MISMATCHES or not response.data:
        return
    doc = served_document(app)
    operation = doc["paths"].get(key[0], {}).get(key[1])
    if operation is None:
        return
    code = body.get("code") if status >= 400 and isinstance(body, dict) else None
    if status >= 400 and not declared(operation, status, code):
        return  # the observed-answers check names the undeclared code
    answer = operation["responses"].get(str(status)) or operation["responses"].get("default")
    content = (answer or {}).get("content", {}).get(response.mimetype)
    if content is None:
        return  # an undeclared status or media type: the observed-answers check names it
    validators = app.extensions.setdefault("openapi_body_validators", {})
    cache_key = (*key, status, response.mimetype)
    if cache_key not in validators:
        validators[cache_key] = jsonschema_rs.Draft202012Validator(
            {"components": doc["components"], "allOf": [content["schema"]]})
    errors = [f"{'/'.join(map(str, e.instance_path)) or '(body)'}: {e.message}"
              for e in validators[cache_key].iter_errors(body)]
    if errors:
        BODY_MISMATCHES[(*key, status)] = json.dumps(body, ensure_ascii=False)[:600] + "\n      " + \
            "\n      ".join(errors[:5])


def declared(operation: dict, status: int, code: str | None) -> bool:
    from app.openapi import ANY_OPERATION

    answer = operation["responses"].get(str(status))
    if answer is None:
        return ANY_OPERATION.get(status) == code
    if code is None:
        return True
    for content in answer.get("content", {}).values():
        for part in content.get("schema", {}).get("allOf", []):
            codes = part.get("properties", {}).get("code", {}).get("enum")
            if codes is not None and code in codes:
                return True
    return False


def undeclared(app) -> list[str]:
    """One line per observed answer the document does not declare, saying what to declare where."""
    doc = served_document(app)
    lines = []
    for (path, method), answers in sorted(OBSERVED.items()):
        operation = doc["paths"].get(path, {}).get(method)
        endpoint = ENDPOINTS[(path, method)]
        view = app.view_functions.get(endpoint)
        where = f"{view.__module__.replace('.', '/')}.py: {view.__name__}" if view else endpoint
        if operation is None:
            lines.append(f"{method.upper()} {path} answered but is not in the document at all ({where})")
            continue
        for status, code in sorted(answers, key=lambda a: (a[0], a[1] or "")):
            if declared(operation, status, code):
                continue
            if status < 400:
                lines.append(f"{method.upper()} {path} answered {status}, which it does not declare: give "
                             f"{where} a `@blp.response({status}, ...)` (or `alt_response`)")
            else:
                lines.append(f"{method.upper()} {path} answered {status} `{code}`, which it does not declare: add "
                             f'`@problems({status}, "{code}")` to {where} (app.openapi.problems)')
        for status, header in sorted(HEADERS_SEEN.get((path, method), ())):
            if header not in operation["responses"].get(str(status), {}).get("headers", {}):
                lines.append(f"{method.upper()} {path} answered {status} with a `{header}` header it does not declare "
                             f"(app/openapi.py documents it: Location through `@created_at`)")
    return lines


def body_mismatches() -> list[str]:
    return [f"{method.upper()} {path} {status}: the body breaks its documented schema:\n      {detail}"
            for (path, method, status), detail in sorted(BODY_MISMATCHES.items())]
