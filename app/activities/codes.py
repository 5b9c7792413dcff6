"""The rotating sign-in code (签到码) shown at an activity's venue: a TOTP (RFC 6238) of the activity's own secret,
6 digits that change every 60 seconds. It is derived, never stored: nothing is written per code, and any worker
computes the same code from the secret and the clock. A code is accepted for its own period and the one before it,
so a volunteer who reads it just before it turns over is not refused. And its QR code, as SVG, for a projector or
a phone held up at the door. Pure: no database, no Flask."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from reportlab.graphics.barcode.qr import QrCodeWidget

PERIOD_SECONDS = 60
DIGITS = 6
ACCEPTED_PERIODS = 2  # the current one and the one before it
QR_BORDER = 2  # modules of quiet zone around the code


def new_secret() -> str:
    """A fresh per-activity secret: 160 random bits (RFC 4226's recommended length), as hex."""
    return secrets.token_hex(20)


def hotp(secret: bytes, counter: int, digits: int = DIGITS) -> str:
    """RFC 4226: HMAC-SHA1 of the counter, dynamically truncated to `digits` decimal digits."""
    digest = hmac.new(secret, counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    binary = int.from_bytes(digest[offset:offset + 4], "big") & 0x7FFF_FFFF
    return f"{binary % 10 ** digits:0{digits}d}"


def period_of(moment: datetime) -> int:
    """RFC 6238's time step counter T = floor((unix time - T0) / X), with T0 = 0 and X = 60 s."""
    return int(moment.timestamp()) // PERIOD_SECONDS


def code_at(secret_hex: str, moment: datetime) -> str:
    return hotp(bytes.fromhex(secret_hex), period_of(moment))


def expires_at(moment: datetime) -> datetime:
    """When the code shown at `moment` stops being the current one (it is still accepted for one period more)."""
    return datetime.fromtimestamp((period_of(moment) + 1) * PERIOD_SECONDS, tz=timezone.utc)


def is_valid(secret_hex: str, code: str | None, moment: datetime) -> bool:
    """Whether `code` is the code of the current period or of the one before it. Every candidate is compared in
    constant time, so the answer's timing says nothing about which digits were right."""
    if not code:
        return False
    secret = bytes.fromhex(secret_hex)
    current = period_of(moment)
    matches = [hmac.compare_digest(code.encode(), hotp(secret, current - back).encode())
               for back in range(ACCEPTED_PERIODS)]
    return any(matches)


def qr_svg(text: str) -> str:
    """`text` as a QR code (error correction M), an SVG image of one path, scaled to whatever box it is shown in."""
    widget = QrCodeWidget(text, barLevel="M")
    widget.qr.make()
    modules = widget.qr.modules
    size = len(modules) + 2 * QR_BORDER
    runs = []
    for row, cells in enumerate(modules):
        col = 0
        while col < len(cells):
            if cells[col]:
                start = col
                while col < len(cells) and cells[col]:
                    col += 1
                runs.append(f"M{start + QR_BORDER} {row + QR_BORDER}h{col - start}v1h-{col - start}z")
            else:
                col += 1
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
            f'<rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{"".join(runs)}"/></svg>')
