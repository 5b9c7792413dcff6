"""Schema pieces shared by every domain: the base schemas and the input rules they apply to every field,
coordinates, ids, pagination and list envelopes.

Every request schema derives from `BaseSchema` (a JSON body) or `QuerySchema` (a query string), and
`BaseSchema.on_bind_field` hardens each field it binds, whoever wrote the schema and with whichever marshmallow
field, so a new schema gets the same rules without anyone remembering them:
- text refuses lone surrogates and control characters (`FreeText`, for notes and descriptions, allows newlines
  and tabs), and a required value (required, or a minimum length) refuses text that is blank once whitespace and
  invisible characters are set aside;
- integers, numbers and booleans take their own JSON type only: `1.5`, `"1"` or `true` is not an integer, `"1"`
  is not a number, `"yes"` or `1` is not a boolean. A query schema parses text instead, as strictly: ASCII digits
  for an integer, `true`/`false` (or `1`/`0`) for a boolean;
- integers fit a BIGINT, and dates and datetimes lie between 2000 and 2100 (so converting one to UTC, or adding
  a day to it, cannot overflow).
Each refusal is a 422 `validation_failed` naming the field.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timezone

from marshmallow import Schema, ValidationError, fields, missing, validate

from app.i18n import _
from werkzeug.routing import IntegerConverter

_list_schemas: dict = {}

MAX_ID = 2**63 - 1  # the largest BIGINT: anything larger cannot name a row
MAX_INTEGER = MAX_ID  # no integer a request gives is stored or computed beyond a BIGINT
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 1, 1, tzinfo=timezone.utc)


# Text

# C0 and C1 controls (NUL, ESC, DEL, NEL, ...) and UTF-16 surrogates, which no encoder or database accepts alone.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_FORBIDDEN_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters that show nothing although they are not whitespace: fillers, blank patterns, selectors, joiners.
_INVISIBLE = set("\u115f\u1160\u3164\uffa0\u2800\u034f\u180b\u180c\u180d\u180e") | {
    chr(c) for c in range(0xFE00, 0xFE10)}


def _forbidden_character(value: str, pattern: re.Pattern) -> None:
    found = pattern.search(value)
    if found is None:
        return
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        raise ValidationError(_("Not valid Unicode text (a lone surrogate)."))
    raise ValidationError(_("Contains a control character (U+%(code)s).", code=f"{code:04X}"))


def check_single_line(value: str) -> None:
    _forbidden_character(value, _FORBIDDEN)


def check_multiline(value: str) -> None:
    _forbidden_character(value, _FORBIDDEN_MULTILINE)


def is_blank(value: str) -> bool:
    """Nothing a reader would see: whitespace, zero-width and format characters, fillers."""
    return all(c.isspace() or c in _INVISIBLE or unicodedata.category(c) in ("Cc", "Cf", "Zs", "Zl", "Zp")
               for c in value)


def check_not_blank(value: str) -> None:
    if is_blank(value):
        raise ValidationError(_("Must not be blank."))


class FreeText(fields.String):
    """Multi-line free text (notes, comments, summaries, descriptions): newlines and tabs are allowed in it."""


def _requires_a_value(field: fields.String) -> bool:
    return field.required or any(isinstance(v, validate.Length) and (v.min or 0) >= 1 for v in field.validators)


# Numbers and booleans

_INTEGER_TEXT = re.compile(r"-?[0-9]{1,19}")
_NUMBER_TEXT = re.compile(r"-?([0-9]{1,20}(\.[0-9]{0,20})?|\.[0-9]{1,20})([eE][-+]?[0-9]{1,3})?")


def _parses_text(field: fields.Field) -> bool:
    return getattr(field.root, "PARSES_TEXT", False)


class Integer(fields.Integer):
    """A JSON integer (1.0 counts, as in JSON Schema; 1.5, "1" and true do not), or in a query string a
    signed run of ASCII digits; within a BIGINT either way."""

    def _validated(self, value):
        if isinstance(value, str) and _parses_text(self) and _INTEGER_TEXT.fullmatch(value):
            value = int(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.make_error("invalid", input=value)
        if not -MAX_INTEGER <= value <= MAX_INTEGER:
            raise self.make_error("too_large", input=value)
        return value


class Float(fields.Float):
    """A JSON number, finite (not a string, not a boolean), or in a query string a plain decimal number."""

    def _validated(self, value):
        if isinstance(value, str):
            if not (_parses_text(self) and _NUMBER_TEXT.fullmatch(value)):
                raise self.make_error("invalid", input=value)
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.make_error("invalid", input=value)
        return super()._validated(value)


_BOOLEAN_TEXT = {"true": True, "1": True, "false": False, "0": False}


class Boolean(fields.Boolean):
    """JSON true or false, or in a query string `true`/`false` (any case) or `1`/`0`; never "yes" or 1."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and _parses_text(self):
            value = _BOOLEAN_TEXT.get(value.lower(), value)
        if value is True or value is False:
            return value
        raise self.make_error("invalid", input=value)


# Dates and times

def check_sane_moment(value) -> None:
    """Between 2000 and 2100: refuses what converting to UTC would overflow (year 9999 at -05:00) and what no
    order, period or schedule of this service can mean."""
    message = _("Must be between %(earliest)s and %(latest)s.", earliest=EARLIEST.year, latest=LATEST.year)
    if isinstance(value, datetime):
        try:
            moment = value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
        except (OverflowError, ValueError):
            raise ValidationError(message) from None
        if not EARLIEST <= moment < LATEST:
            raise ValidationError(message)
    elif isinstance(value, date) and not EARLIEST.date() <= value < LATEST.date():
        raise ValidationError(message)


class DateOrDateTime(fields.Field):
    """`2026-11-01` (a date) or `2026-11-01T08:00:00+08:00` (an instant, with its offset)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(_("A date (YYYY-MM-DD) or a datetime with an offset."))
        text = value.strip()
        if len(text) == 10:
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise ValidationError(_("Not a valid date (YYYY-MM-DD).")) from None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(_("A date (YYYY-MM-DD) or a datetime with an offset.")) from None
        if moment.tzinfo is None:
            raise ValidationError(_("A datetime needs an offset, such as +08:00."))
        return moment


# The base schemas

# marshmallow's own fields, and the strict ones a schema binds in their place (same state, stricter parsing).
_STRICT = {fields.Integer: Integer, fields.Float: Float, fields.Boolean: Boolean}
_MOMENTS = (fields.DateTime, fields.Date, DateOrDateTime)


def _harden(field: fields.Field) -> None:
    if type(field) in _STRICT:
        field.__class__ = _STRICT[type(field)]
    if isinstance(field, fields.String):
        checks = [check_multiline if isinstance(field, FreeText) else check_single_line]
        if _requires_a_value(field):
            checks.append(check_not_blank)
        field.validators = [*checks, *field.validators]
    elif isinstance(field, _MOMENTS):
        field.validators = [check_sane_moment, *field.validators]
    # Fields inside fields: list items, tuple members, dict keys and values (nested schemas bind their own).
    inner = [getattr(field, "inner", None), getattr(field, "key_field", None), getattr(field, "value_field", None),
             *getattr(field, "tuple_fields", ())]
    for each in inner:
        if isinstance(each, fields.Field):
            _harden(each)


class BaseSchema(Schema):
    """A JSON body (or response). Unknown fields are refused (marshmallow's default), so a typo in a request is a
    422, not silently ignored; every field is hardened as the module docstring says."""

    PARSES_TEXT = False

    def on_bind_field(self, field_name: str, field_obj: fields.Field) -> None:
        _harden(field_obj)


class QuerySchema(BaseSchema):
    """A query string: every value arrives as text, so integers, numbers and booleans are parsed from it."""

    PARSES_TEXT = True


class BoundedIdConverter(IntegerConverter):
    """`<int:...>` in every route: an id beyond BIGINT matches no route (404) instead of overflowing the driver."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def Id(**kwargs):
    """A row id in a request: a positive integer that fits the database (larger ones are a 422, not a 500)."""
    return fields.Integer(validate=validate.Range(1, MAX_ID), **kwargs)


def Lat(**kwargs):
    return fields.Float(validate=validate.Range(-90, 90), allow_nan=False, **kwargs)


def Lng(**kwargs):
    return fields.Float(validate=validate.Range(-180, 180), allow_nan=False, **kwargs)


class PaginationQuerySchema(QuerySchema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


def computed(field: fields.Field, getter) -> fields.Field:
    """A response field whose value is `getter(obj)`, documented with `field`'s type (a `fields.Function` has
    none, so generated clients would see `unknown`)."""
    field.get_value = lambda obj, attr, accessor=None, default=missing: getter(obj)
    field.dump_only = True
    return field


class Instant(fields.DateTime):
    """A moment in a response, always written in UTC: an object built from a request still holds the caller's
    offset (POST /orders), and every read answers in UTC."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return super()._serialize(value, attr, obj, **kwargs)


def list_of(item_schema: type[Schema]) -> type[Schema]:
    """The `{"items": [...]}` envelope of every list, one schema class per item schema."""
    if item_schema not in _list_schemas:
        name = item_schema.__name__.removesuffix("Schema") + "ListSchema"
        _list_schemas[item_schema] = type(name, (Schema,), {"items": fields.List(fields.Nested(item_schema))})
    return _list_schemas[item_schema]
