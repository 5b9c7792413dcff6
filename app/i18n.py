"""What people read, in their language: zh-CN unless the client asks for English (`Accept-Language: en`).

Flask-Babel picks the catalog (app/translations, built from the English msgids in the code by `pybabel`; see
babel.cfg and the Makefile). Three kinds of text:
- error details and other answers of a request: `_l("...")`, rendered when the answer is written;
- texts kept in the database for later readers (a ledger reason, an order event's note, a notification): `msg(...)`
  keeps the message id and its params beside the zh-CN text (`stored`), and `shown`/`LocalizedText` render them
  again in each reader's language; rows written before (or free text a person typed) are shown as stored;
- what leaves by the scheduler (WeChat subscription messages, jobs' texts) is zh-CN: there is no request to ask.
  A recipient's own language could be a user setting later; `render(..., locale=...)` is where it would go.
"""
from __future__ import annotations

import logging
import re

from flask import Flask, has_request_context, request
from flask_babel import Babel, force_locale, get_locale, gettext, lazy_gettext, refresh
from marshmallow import fields

log = logging.getLogger(__name__)

DEFAULT_LOCALE = "zh_Hans_CN"
# The languages we answer in: the primary subtag a client asks for → (babel locale, Content-Language tag).
LANGUAGES = {"zh": ("zh_Hans_CN", "zh-CN"), "en": ("en", "en")}
TAGS = {locale: tag for locale, tag in LANGUAGES.values()}

babel = Babel()
_l = lazy_gettext  # a text rendered when it is shown, in the language of the request showing it
_ = gettext  # a text rendered now, in the current request's language (a validation message, say)


def N_(text: str) -> str:
    """Marks a msgid for extraction where the text is translated later by value (a library's message)."""
    return text


# marshmallow's and webargs' field messages, which reach clients as plain English strings: translated by value
# (the templated ones by matching their shape, the values kept). Others read as the library wrote them.
LIBRARY_MESSAGES = (
    N_("Missing data for required field."), N_("Field may not be null."), N_("Unknown field."),
    N_("Invalid input type."), N_("Invalid input."), N_("Invalid type."), N_("Invalid value."),
    N_("Not a valid integer."), N_("Not a valid number."), N_("Not a valid string."), N_("Not a valid boolean."),
    N_("Not a valid list."), N_("Not a valid mapping type."), N_("Not a valid datetime."), N_("Not a valid date."),
    N_("Not a valid time."), N_("Not a valid UUID."), N_("Not a valid URL."), N_("Not a valid email address."),
    N_("Number too large."), N_("Special numeric values (nan or infinity) are not permitted."),
    N_("String does not match expected pattern."), N_("Not a valid utf-8 string."), N_("Invalid JSON body."),
)
LIBRARY_TEMPLATES = (
    N_("Shorter than minimum length {min}."), N_("Longer than maximum length {max}."),
    N_("Length must be between {min} and {max}."), N_("Length must be {equal}."),
    N_("Must be greater than or equal to {min}."), N_("Must be less than or equal to {max}."),
    N_("Must be greater than or equal to {min} and less than or equal to {max}."),
    N_("Must be greater than {min}."), N_("Must be less than {max}."), N_("Must be one of: {choices}."),
)
def _shape(template: str) -> re.Pattern:
    """The regex of a formatted template: a value without spaces (a number), except `choices`, a list."""
    def value(match):
        return rf"(?P<{match[1]}>.+)" if match[1] == "choices" else rf"(?P<{match[1]}>\S+)"
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", value, re.escape(template)) + "$")


_TEMPLATE_SHAPES = [(template, _shape(template)) for template in LIBRARY_TEMPLATES]


def localized(text) -> str | None:
    """A text for the current reader: a lazy text or a Message rendered; a plain string translated by value when the
    catalog has it (a library's message, say), else as it is."""
    if text is None:
        return None
    if not isinstance(text, str):
        return str(text)
    if not text:
        return text
    translated = gettext(text)
    if translated != text:
        return translated
    for template, shape in _TEMPLATE_SHAPES:
        match = shape.match(text)
        if match:
            return gettext(template).format(**match.groupdict())
    return text


def select_locale() -> str:
    """The client's most preferred language we have (any Chinese reads zh-CN), else zh-CN; outside a request
    (the scheduler) zh-CN. Werkzeug's best_match prefers an exact tag over a higher quality one, so walk the
    client's list in its own order instead."""
    if not has_request_context():
        return DEFAULT_LOCALE
    for value, quality in request.accept_languages:
        if quality <= 0:
            continue
        primary = value.split("-")[0].split("_")[0].lower()
        if primary in LANGUAGES:
            return LANGUAGES[primary][0]
        if primary == "*":
            return DEFAULT_LOCALE
    return DEFAULT_LOCALE


def language_tag() -> str:
    """The Content-Language of the current answer."""
    return TAGS.get(str(get_locale() or DEFAULT_LOCALE), "zh-CN")


class Message:
    """A text for people kept as a message id and its params, so each reader can get it in their language. Params
    are shown as given (a name, a reason someone typed), except a param that is itself a Message."""

    def __init__(self, msgid: str, **params):
        self.msgid = msgid
        self.params = params

    def as_json(self) -> dict:
        return {"id": self.msgid, "params": {k: v.as_json() if isinstance(v, Message) else v
                                             for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: dict) -> "Message":
        params = {k: cls.from_json(v) if isinstance(v, dict) and "id" in v else v
                  for k, v in (data.get("params") or {}).items()}
        return cls(data["id"], **params)

    def render(self) -> str:
        """In the current locale."""
        params = {k: v.render() if isinstance(v, Message) else v for k, v in self.params.items()}
        return gettext(self.msgid, **params) if params else gettext(self.msgid)

    def __str__(self) -> str:
        return self.render()


def msg(msgid: str, **params) -> Message:
    """A text to store for later readers (pybabel extracts `msg` like `_l`)."""
    return Message(msgid, **params)


def render(text, *, locale: str = DEFAULT_LOCALE) -> str:
    """A Message or lazy text in the given locale (plain text as it is): what is stored, what the scheduler sends, and
    the English of the OpenAPI document."""
    if isinstance(text, str) or text is None:
        return text or ""
    with force_locale(locale):
        return str(text)


def stored(text, limit: int) -> tuple[str, dict | None]:
    """What a row keeps for a text: the zh-CN text (read by exports and anything reading the column), clipped to
    the column, and the message to render again for each reader (None for free text)."""
    if isinstance(text, Message):
        return render(text)[:limit], text.as_json()
    return (text or "")[:limit], None


def shown(text: str | None, message: dict | None) -> str | None:
    """A stored text in the reader's language: rendered from its message when there is one; otherwise (rows from
    before, a translation that does not fit its params) as it was stored."""
    if not message:
        return text
    try:
        return Message.from_json(message).render()
    except (KeyError, ValueError, TypeError):
        log.warning("message %r does not render; showing the stored text", message.get("id"))
        return text


class LocalizedText(fields.String):
    """A stored text dumped in the reader's language, from the message kept in `message_attribute`."""

    def __init__(self, message_attribute: str, **kwargs):
        super().__init__(**kwargs)
        self.message_attribute = message_attribute

    def _serialize(self, value, attr, obj, **kwargs):
        message = getattr(obj, self.message_attribute, None) if not isinstance(obj, dict) \
            else obj.get(self.message_attribute)
        return super()._serialize(shown(value, message), attr, obj, **kwargs)


def _fresh_locale():
    # The app context (and with it Babel's cached locale) can outlive one request in tests and CLI runs.
    refresh()


def _say_language(response):
    response.headers["Content-Language"] = language_tag()
    response.vary.add("Accept-Language")
    return response


def install(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(app.root_path) + "/translations")
    babel.init_app(app, locale_selector=select_locale)
    app.before_request(_fresh_locale)
    app.teardown_request(lambda exc: _fresh_locale())
    app.after_request(_say_language)
