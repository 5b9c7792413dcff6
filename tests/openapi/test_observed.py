"""Runs last (tests/conftest.py orders it so): every answer the whole suite observed is declared by the document,
and every body matched the schema the document gives it. See tests/openapi/recording.py."""
import pytest

from tests.openapi import recording


@pytest.mark.session_end
def test_every_observed_answer_is_declared(app):
    missing = recording.undeclared(app)
    assert not missing, "the OpenAPI document does not declare what the suite observed:\n  " + "\n  ".join(missing)


@pytest.mark.session_end
def test_every_observed_body_matches_its_documented_schema(app):
    mismatches = recording.body_mismatches()
    assert not mismatches, "answers that break the OpenAPI document's schemas (fix the schema: `required`, " \
        "`allow_none`, `x-optional`, an enum):\n  " + "\n  ".join(mismatches)
