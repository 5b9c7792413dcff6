"""Subscription-message field values, fitted to WeChat's limits.

A template field's kind is its key without the trailing number (`thing1` is a `thing`). WeChat refuses a whole
message (errcode 47003) when one value breaks its kind's rule, so long text is cut here rather than lost there.
Pure functions: no Flask, no database.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")  # no daylight saving, so a fixed offset is exact
ELLIPSIS = "…"

# Maximum characters per kind. `thing` may end in an ellipsis when cut; the others may only hold their own
# characters (digits, letters...), so they are cut plainly.
LIMITS = {
    "thing": 20,
    "phrase": 5,
    "name": 10,  # 20 when the name is only latin letters
    "character_string": 32,
    "number": 32,
    "letter": 32,
    "symbol": 5,
    "phone_number": 17,
    "car_number": 8,
    "amount": 16,
}
_KEY = re.compile(r"^([a-z_]+?)(\d+)$")
_SPACE = re.compile(r"\s+")


def kind_of(key: str) -> str:
    """`thing1` → `thing`; a key without a number is its own kind."""
    match = _KEY.match(key)
    return match.group(1) if match else key


def format_time(value: datetime) -> str:
    """A moment as WeChat's `time`/`date` kinds want it, in China time: 2026年11月21日 15:01."""
    if value.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    local = value.astimezone(CHINA)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def fit_value(key: str, value) -> str:
    """One field's value as a string WeChat accepts for the key's kind."""
    kind = kind_of(key)
    if isinstance(value, datetime):
        text = format_time(value)
    elif isinstance(value, date):
        text = f"{value.year}年{value.month}月{value.day}日"
    else:
        text = "" if value is None else str(value)
    text = _SPACE.sub(" ", text).strip()  # WeChat shows one line; newlines are refused
    if kind in ("time", "date"):
        return text
    if not text and kind in ("thing", "name", "phrase", "character_string"):
        return "-"  # WeChat refuses an empty value
    limit = LIMITS.get(kind)
    if limit is None:
        return text
    if kind == "name" and text.isascii():
        limit = 20
    if len(text) <= limit:
        return text
    if kind == "thing":
        return text[: limit - 1] + ELLIPSIS
    return text[:limit]


def fit_data(fields: dict) -> dict:
    """`{"thing1": "...", ...}` → WeChat's `{"thing1": {"value": "..."}, ...}`, every value fitted."""
    return {key: {"value": fit_value(key, value)} for key, value in fields.items()}
