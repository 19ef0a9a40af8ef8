"""Kazakhstan's individual (IIN) and business (BIN) identification numbers.

Both are 12 digits ending in the same mod-11 check digit. The portal rejects a voucher
application whose IIN does not validate, so the sandbox has to validate exactly as strictly, and
the demo world has to be built only from numbers that pass.

IIN layout::

    YYMMDD C SSSS K
    |      | |    +- check digit
    |      | +------ serial (4 digits)
    |      +-------- century and sex: 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd = male
    +--------------- date of birth

BIN layout::

    YYMM T A SSSSS K
    |    | | |     +- check digit
    |    | | +------- serial (5 digits)
    |    | +--------- attribute: 0 head office, 1 branch, 2 representation, 3 peasant farm
    |    +----------- type: 4 resident legal entity, 5 non-resident, 6 joint-venture entrepreneur
    +---------------- year and month of registration

The ``*_problem`` functions return short stable codes instead of messages so the API layer can
translate them and clients can branch on them without parsing text.
"""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

__all__ = [
    "BIN_ATTRIBUTES",
    "BIN_TYPES",
    "BinProblem",
    "IinProblem",
    "Sex",
    "bin_is_valid",
    "bin_problem",
    "birth_date_from_iin",
    "check_digit",
    "iin_is_valid",
    "iin_problem",
    "make_bin",
    "make_iin",
    "sex_from_iin",
]

Sex = Literal["male", "female"]
IinProblem = Literal["length", "not_digits", "date", "century", "check_digit"]
BinProblem = Literal["length", "not_digits", "date", "type", "attribute", "check_digit"]

BIN_TYPES: Final[frozenset[int]] = frozenset({4, 5, 6})
BIN_ATTRIBUTES: Final[frozenset[int]] = frozenset({0, 1, 2, 3})

_WEIGHTS_FIRST: Final[tuple[int, ...]] = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_SECOND: Final[tuple[int, ...]] = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_DIGITS: Final[frozenset[str]] = frozenset("0123456789")

# Century digit -> first year of the century. Odd digits are men, even digits women.
_CENTURY_START: Final[dict[int, int]] = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}

_IIN_SERIAL_MAX: Final[int] = 9_999
_BIN_SERIAL_MAX: Final[int] = 99_999


def _only_ascii_digits(s: str) -> bool:
    # str.isdigit() also accepts "²" and Arabic-Indic digits, which int() or the portal's
    # database would then choke on or silently normalise.
    return bool(s) and all(ch in _DIGITS for ch in s)


def check_digit(first_eleven: str) -> int | None:
    """The check digit for the first 11 digits, or ``None`` if no check digit exists.

    ``None`` happens when both weightings give remainder 10; the issuing authorities never
    assign such a serial, so a number with these 11 digits cannot be valid whatever its last
    digit is.
    """
    if len(first_eleven) != 11 or not _only_ascii_digits(first_eleven):
        raise ValueError(f"expected 11 ASCII digits, got {first_eleven!r}")
    digits = [int(ch) for ch in first_eleven]
    for weights in (_WEIGHTS_FIRST, _WEIGHTS_SECOND):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def _check_digit_ok(s: str) -> bool:
    expected = check_digit(s[:11])
    return expected is not None and expected == int(s[11])


def _iin_birth_date(s: str) -> date | None:
    """The birth date encoded in a 12-digit string, or ``None`` if the century or date is bad."""
    century_start = _CENTURY_START.get(int(s[6]))
    if century_start is None:
        return None
    try:
        return date(century_start + int(s[0:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return None


def iin_problem(s: str) -> IinProblem | None:
    """Why ``s`` is not a valid IIN, or ``None`` if it is.

    The checks run in the order a person would fix them (shape first, then content), and only
    the first failure is reported. The birth date is not compared with today: whether a number
    is well-formed must not depend on the clock; callers that care compare the date themselves.
    """
    if len(s) != 12:
        return "length"
    if not _only_ascii_digits(s):
        return "not_digits"
    if int(s[6]) not in _CENTURY_START:
        return "century"
    if _iin_birth_date(s) is None:
        return "date"
    if not _check_digit_ok(s):
        return "check_digit"
    return None


def iin_is_valid(s: str) -> bool:
    """Whether ``s`` is a well-formed IIN (shape, birth date, century digit and check digit)."""
    return iin_problem(s) is None


def bin_problem(s: str) -> BinProblem | None:
    """Why ``s`` is not a valid BIN, or ``None`` if it is; see :func:`iin_problem`.

    A BIN carries no century, so any two-digit year is accepted; only the month is checked.
    """
    if len(s) != 12:
        return "length"
    if not _only_ascii_digits(s):
        return "not_digits"
    if not 1 <= int(s[2:4]) <= 12:
        return "date"
    if int(s[4]) not in BIN_TYPES:
        return "type"
    if int(s[5]) not in BIN_ATTRIBUTES:
        return "attribute"
    if not _check_digit_ok(s):
        return "check_digit"
    return None


def bin_is_valid(s: str) -> bool:
    """Whether ``s`` is a well-formed BIN (shape, month, type, attribute and check digit)."""
    return bin_problem(s) is None


def birth_date_from_iin(iin: str) -> date:
    """The holder's date of birth. Raises ``ValueError`` naming the problem if ``iin`` is bad."""
    problem = iin_problem(iin)
    if problem is not None:
        raise ValueError(f"invalid IIN {iin!r}: {problem}")
    born = _iin_birth_date(iin)
    assert born is not None  # iin_problem() has already rejected bad dates
    return born


def sex_from_iin(iin: str) -> Sex:
    """The holder's sex. Raises ``ValueError`` naming the problem if ``iin`` is bad."""
    problem = iin_problem(iin)
    if problem is not None:
        raise ValueError(f"invalid IIN {iin!r}: {problem}")
    return "male" if int(iin[6]) % 2 == 1 else "female"


def _finish(prefix: str, serial: int, width: int, serial_max: int) -> str:
    """Append the first usable serial at or after ``serial`` and its check digit.

    About one serial in 121 has no check digit (both weightings give 10). Rather than fail,
    take the next serial: callers hand out serials from a counter and only need the numbers to
    be valid and distinct, and moving forward keeps them distinct as long as the counter skips
    past what was used. The caller learns the serial actually used from the result's digits.
    """
    if not 0 <= serial <= serial_max:
        raise ValueError(f"serial must be within 0..{serial_max}, got {serial}")
    for candidate in range(serial, serial_max + 1):
        body = f"{prefix}{candidate:0{width}d}"
        digit = check_digit(body)
        if digit is not None:
            return f"{body}{digit}"
    raise ValueError(f"no serial from {serial} to {serial_max} yields a check digit")


def make_iin(birth_date: date, sex: Sex, serial: int) -> str:
    """A valid IIN for someone born on ``birth_date``, with serial ``serial`` (0..9999).

    If ``serial`` has no check digit for this date and sex, the next serial that has one is
    used, so the result's digits 8-11 may be greater than ``serial``. ``ValueError`` if the
    year is outside 1800-2099 or no serial up to 9999 works.
    """
    century_start = birth_date.year // 100 * 100
    if century_start not in (1800, 1900, 2000):
        raise ValueError(f"IINs encode births in 1800-2099 only, got {birth_date.year}")
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    century_digit = (century_start - 1800) // 100 * 2 + (1 if sex == "male" else 2)
    prefix = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}{century_digit}"
    return _finish(prefix, serial, 4, _IIN_SERIAL_MAX)


def make_bin(
    registered: date,
    serial: int,
    *,
    entity_type: int = 4,
    attribute: int = 0,
) -> str:
    """A valid BIN registered in ``registered``'s month, with serial ``serial`` (0..99999).

    Defaults to a resident legal entity's head office, which is what a kindergarten is. As with
    :func:`make_iin`, a serial without a check digit is replaced by the next one that has one.
    """
    if entity_type not in BIN_TYPES:
        raise ValueError(f"entity_type must be one of {sorted(BIN_TYPES)}, got {entity_type}")
    if attribute not in BIN_ATTRIBUTES:
        raise ValueError(f"attribute must be one of {sorted(BIN_ATTRIBUTES)}, got {attribute}")
    prefix = f"{registered.year % 100:02d}{registered.month:02d}{entity_type}{attribute}"
    return _finish(prefix, serial, 5, _BIN_SERIAL_MAX)
