"""Identity documents, pure rules (no database, no Flask): the kinds of ID we register, the GB 11643 check of an
18-digit resident ID, and the masked forms of numbers and names that are all anyone but the national export sees."""
from __future__ import annotations

import re
from datetime import date

# id_type -> its name on forms and in exports (证件类型).
ID_TYPES = {
    "resident_id": "居民身份证",
    "residence_permit": "港澳台居民居住证",
    "hk_macao_pass": "港澳居民来往内地通行证",
    "taiwan_pass": "台湾居民来往大陆通行证",
    "passport": "护照",
    "foreign_permanent_id": "外国人永久居留身份证",
}
# 18-digit numbers built and checked like a resident ID (GB 11643): the resident ID and the residence permit for
# Hong Kong, Macao and Taiwan residents (which begins 81, 82 or 83).
CHECKED_TYPES = ("resident_id", "residence_permit")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARACTERS = "10X98765432"  # by the weighted sum mod 11
_EIGHTEEN = re.compile(r"^\d{17}[\dX]$")
_OTHER = re.compile(r"^[A-Z0-9]{5,20}$")


class IdNumberError(ValueError):
    """Why a number is not a valid ID of its type (a message for the person who typed it)."""


def normalise(id_number: str) -> str:
    """As typed, less spaces, with a lower-case x as the X it stands for."""
    return re.sub(r"\s+", "", id_number).upper()


def check_character(first_17: str) -> str:
    """The 18th character of a GB 11643 number from its first 17 digits."""
    return _CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first_17, _WEIGHTS)) % 11]


def validate(id_type: str, id_number: str) -> str:
    """The normalised number, or IdNumberError saying what is wrong with it."""
    number = normalise(id_number)
    if id_type not in CHECKED_TYPES:
        if not _OTHER.match(number):
            raise IdNumberError("An ID number of 5 to 20 letters and digits.")
        return number
    if not _EIGHTEEN.match(number):
        raise IdNumberError("A resident ID has 18 characters: 17 digits, then a digit or X.")
    if id_type == "residence_permit" and number[:2] not in ("81", "82", "83"):
        raise IdNumberError("A residence permit number begins with 81, 82 or 83.")
    if birth_date(number) is None:
        raise IdNumberError("The ID number does not hold a valid date of birth.")
    if check_character(number[:17]) != number[17]:
        raise IdNumberError("The ID number's check digit is wrong: check for a mistyped digit.")
    return number


def birth_date(number: str) -> date | None:
    """The date of birth an 18-digit number holds (digits 7 to 14), or None."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def sex(number: str) -> str | None:
    """性别 from an 18-digit number's 17th digit (odd: male), or None for other documents."""
    if not _EIGHTEEN.match(number):
        return None
    return "男" if int(number[16]) % 2 else "女"


def mask_id(number: str) -> str:
    """`5101**********123X`: the first and last four characters of a number of 12 or more, less of a shorter one."""
    keep = 4 if len(number) >= 12 else max(1, len(number) // 4)
    if len(number) <= 2 * keep:
        return "*" * len(number)
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]


def mask_name(name: str) -> str:
    """`张*`, `欧阳**`-like: the first character, then a star for each of the rest."""
    name = (name or "").strip()
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1) if len(name) > 1 else "*"


def mask_phone(phone: str | None) -> str:
    """`138****5678`."""
    if not phone:
        return ""
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "*" * len(phone)
