"""Every error is problem+json with a stable code; nothing is ever an HTML page."""
import logging

import pytest


def _is_problem(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json()
    assert body["status"] == status and body["code"] == code
    assert {"type", "title", "detail"} <= body.keys()
    return body


def test_unknown_path_is_404_problem(client):
    _is_problem(client.get("/api/v1/nothing-here"), 404, "not_found")
    _is_problem(client.get("/favicon.ico"), 404, "not_found")


def test_wrong_method_is_405_problem(client):
    resp = client.delete("/api/v1/auth/login")
    _is_problem(resp, 405, "method_not_allowed")
    assert "POST" in resp.headers["Allow"]


def test_malformed_json_is_400(client):
    resp = client.post("/api/v1/auth/login", data="{not json", content_type="application/json")
    _is_problem(resp, 400, "malformed_body")


def test_non_object_json_is_422(client):
    resp = client.post("/api/v1/auth/login", json=[1, 2, 3])
    _is_problem(resp, 422, "validation_failed")


def test_oversized_body_is_413(client):
    resp = client.post("/api/v1/auth/login", data="x" * (300 * 1024), content_type="application/json")
    _is_problem(resp, 413, "request_too_large")


def test_unexpected_exception_is_500_problem_with_request_id(client, caplog, monkeypatch):
    from app.accounts import service

    def boom(**kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(service, "authenticate", boom)
    with caplog.at_level(logging.ERROR):
        resp = client.post("/api/v1/auth/login", json={"phone": "1", "password": "x"},
                           headers={"X-Request-ID": "req-abc-123"})
    body = _is_problem(resp, 500, "internal_error")
    assert body["request_id"] == "req-abc-123" == resp.headers["X-Request-ID"]
    assert "kaboom" not in resp.get_data(as_text=True)
    assert "req-abc-123" in caplog.text and "kaboom" in caplog.text


def test_request_id_is_generated_when_absent_or_unsafe(client):
    resp = client.get("/api/v1/me", headers={"X-Request-ID": "bad id!"})
    assert len(resp.headers["X-Request-ID"]) == 32
    assert resp.get_json()["request_id"] == resp.headers["X-Request-ID"]


@pytest.mark.parametrize("header", ["", "x" * 256, "key\x00", "\x1b[2J", "a\x7fb"])
def test_bad_idempotency_key_is_400(client, auth, header):
    """A NUL in a stored key was a 500 on PostgreSQL; no control character belongs in a key."""
    from tests import factories

    headers = auth.headers(factories.user(), **{"Idempotency-Key": header})
    resp = client.post("/api/v1/auth/logout", headers=headers)
    _is_problem(resp, 400, "idempotency_key_invalid")
