"""Logging that keeps personal data out of the logs (PIPL): ID numbers, phone numbers and addresses are masked in
every record, whatever logged it (our code, gunicorn's access log, a library's exception text)."""
from __future__ import annotations

import logging
import re

# 18-character resident IDs (and residence permits), not when part of a longer run of digits: the masked form.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])")
# Mainland mobile numbers (11 digits starting with 1), not when part of a longer number.
_PHONE = re.compile(r"(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)")
# "address": "...", address=..., in JSON or query strings.
_ADDRESS = re.compile(r"""(["']?address["']?\s*[:=]\s*)(["']?)([^"'&,}\s][^"'&,}]*)""", re.IGNORECASE)


def mask(text: str) -> str:
    text = _ID_NUMBER.sub(r"\1**********\2", text)
    text = _PHONE.sub(r"\1****\2", text)
    return _ADDRESS.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


def install() -> None:
    """Mask on every handler of the root logger and on gunicorn's own loggers."""
    personal_data = PersonalDataFilter()
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
            handler.addFilter(personal_data)
    for name in ("gunicorn.access", "gunicorn.error", "werkzeug"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, PersonalDataFilter) for f in logger.filters):
            logger.addFilter(personal_data)
