"""IIN and BIN validation and generation.

The check digit is recomputed here independently of the module, and the fixed examples are
worked out by hand in the comments, so a shared mistake in both places is unlikely.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal_sandbox.iin import (
    Sex,
    bin_is_valid,
    bin_problem,
    birth_date_from_iin,
    check_digit,
    iin_is_valid,
    iin_problem,
    make_bin,
    make_iin,
    sex_from_iin,
)


def reference_check_digit(first_eleven: str) -> int | None:
    """The published algorithm, written out plainly."""
    digits = [int(c) for c in first_eleven]
    first = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
    if first != 10:
        return first
    second_weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    second = sum(d * w for d, w in zip(digits, second_weights, strict=True)) % 11
    return None if second == 10 else second


# --- fixed, hand-checked examples ----------------------------------------------------------

# 880101 3 0096 ?: a man born 1 January 1988.
# 8*1 + 8*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 9*10 + 6*11
#   = 8 + 16 + 4 + 6 + 21 + 90 + 66 = 211; 211 mod 11 = 2 -> check digit 2.
MAN_1988 = "880101300962"

# 900515 4 0050 ?: a woman born 15 May 1990.
# First weights:  9*1 + 5*4 + 1*5 + 5*6 + 4*7 + 5*10 = 9 + 20 + 5 + 30 + 28 + 50 = 142;
#                 142 mod 11 = 10, so the second weights apply:
# Second weights: 9*3 + 5*6 + 1*7 + 5*8 + 4*9 + 5*1 = 27 + 30 + 7 + 40 + 36 + 5 = 145;
#                 145 mod 11 = 2 -> check digit 2.
WOMAN_1990 = "900515400502"

# 900515 4 0054 ?: the same woman's prefix with serial 0054 has no check digit.
# First:  142 + 4*11 = 186, 186 mod 11 = 10.  Second: 145 + 4*2 = 153, 153 mod 11 = 10.
NO_CHECK_DIGIT_PREFIX = "90051540054"

# 1503 4 0 00001 ?: a resident legal entity's head office registered in March 2015.
# First:  1*1 + 5*2 + 3*4 + 4*5 + 1*11 = 1 + 10 + 12 + 20 + 11 = 54; 54 mod 11 = 10.
# Second: 1*3 + 5*4 + 3*6 + 4*7 + 1*2 = 3 + 20 + 18 + 28 + 2 = 71; 71 mod 11 = 5.
KINDERGARTEN_BIN = "150340000015"


def test_hand_checked_iins_are_valid() -> None:
    assert iin_is_valid(MAN_1988)
    assert birth_date_from_iin(MAN_1988) == date(1988, 1, 1)
    assert sex_from_iin(MAN_1988) == "male"

    assert iin_is_valid(WOMAN_1990)
    assert birth_date_from_iin(WOMAN_1990) == date(1990, 5, 15)
    assert sex_from_iin(WOMAN_1990) == "female"


def test_hand_checked_bin_is_valid() -> None:
    assert bin_is_valid(KINDERGARTEN_BIN)
    assert bin_problem(KINDERGARTEN_BIN) is None


def test_make_functions_reproduce_the_hand_checked_numbers() -> None:
    assert make_iin(date(1988, 1, 1), "male", 96) == MAN_1988
    assert make_iin(date(1990, 5, 15), "female", 50) == WOMAN_1990
    assert make_bin(date(2015, 3, 20), 1) == KINDERGARTEN_BIN


def test_check_digit_matches_reference_on_examples() -> None:
    assert check_digit(MAN_1988[:11]) == 2 == reference_check_digit(MAN_1988[:11])
    assert check_digit(WOMAN_1990[:11]) == 2 == reference_check_digit(WOMAN_1990[:11])
    assert check_digit(NO_CHECK_DIGIT_PREFIX) is None
    assert reference_check_digit(NO_CHECK_DIGIT_PREFIX) is None


def test_prefix_without_check_digit_is_never_valid() -> None:
    for last in "0123456789":
        assert iin_problem(NO_CHECK_DIGIT_PREFIX + last) == "check_digit"


def test_make_iin_skips_serial_without_check_digit() -> None:
    made = make_iin(date(1990, 5, 15), "female", 54)
    assert made[7:11] == "0055"
    assert iin_is_valid(made)


def test_check_digit_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        check_digit("123")
    with pytest.raises(ValueError):
        check_digit("1234567890a")


# --- each reason a number is rejected --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "length"),
        ("88010130096", "length"),
        ("8801013009621", "length"),
        (" 88010130096", "not_digits"),
        ("88010130096a", "not_digits"),
        ("８８０１０１３００９６２", "not_digits"),  # full-width digits pass str.isdigit()
        ("88010130096²", "not_digits"),
        ("880101000962", "century"),
        ("880101700962", "century"),
        ("880101900962", "century"),
        ("881301300962", "date"),  # month 13
        ("880001300962", "date"),  # month 0
        ("880230300962", "date"),  # 30 February
        ("000229300962", "date"),  # 29 February 1900: not a leap year
        ("880101300961", "check_digit"),
        ("880101300963", "check_digit"),
    ],
)
def test_iin_problems(value: str, reason: str) -> None:
    assert iin_problem(value) == reason
    assert not iin_is_valid(value)


def test_leap_day_depends_on_century_digit() -> None:
    # 29.02.2000 exists (digit 5/6), 29.02.1900 does not (digit 3/4).
    born_2000 = make_iin(date(2000, 2, 29), "male", 1)
    assert born_2000[6] == "5"
    assert iin_is_valid(born_2000)
    assert birth_date_from_iin(born_2000) == date(2000, 2, 29)
    assert iin_problem(born_2000[:6] + "3" + born_2000[7:]) == "date"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("15034000001", "length"),
        ("1503400000155", "length"),
        ("15034000001x", "not_digits"),
        ("150040000015", "date"),  # month 00
        ("151340000015", "date"),  # month 13
        ("150370000015", "type"),
        ("150330000015", "type"),
        ("150344000015", "attribute"),
        ("150349000015", "attribute"),
        ("150340000014", "check_digit"),
    ],
)
def test_bin_problems(value: str, reason: str) -> None:
    assert bin_problem(value) == reason
    assert not bin_is_valid(value)


def test_birth_date_and_sex_refuse_invalid_iin() -> None:
    with pytest.raises(ValueError, match="check_digit"):
        birth_date_from_iin("880101300961")
    with pytest.raises(ValueError, match="length"):
        sex_from_iin("123")


@pytest.mark.parametrize("century_digit", "123456")
def test_century_digits(century_digit: str) -> None:
    year = {"1": 1875, "2": 1875, "3": 1975, "4": 1975, "5": 2015, "6": 2015}[century_digit]
    sex: Sex = "male" if int(century_digit) % 2 else "female"
    made = make_iin(date(year, 6, 30), sex, 123)
    assert made[6] == century_digit
    assert birth_date_from_iin(made) == date(year, 6, 30)
    assert sex_from_iin(made) == sex


def test_make_iin_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        make_iin(date(1799, 12, 31), "male", 1)
    with pytest.raises(ValueError):
        make_iin(date(2100, 1, 1), "female", 1)
    with pytest.raises(ValueError):
        make_iin(date(2000, 1, 1), "male", 10_000)
    with pytest.raises(ValueError):
        make_iin(date(2000, 1, 1), "male", -1)


def test_make_bin_options_and_range() -> None:
    branch = make_bin(date(2009, 11, 1), 4321, entity_type=5, attribute=1)
    assert branch[:6] == "091151"
    assert bin_is_valid(branch)
    with pytest.raises(ValueError):
        make_bin(date(2009, 11, 1), 1, entity_type=7)
    with pytest.raises(ValueError):
        make_bin(date(2009, 11, 1), 1, attribute=4)
    with pytest.raises(ValueError):
        make_bin(date(2009, 11, 1), 100_000)


# --- properties over many random inputs ------------------------------------------------------


@settings(max_examples=3000, deadline=None)
@given(
    born=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from(["male", "female"]),
    serial=st.integers(min_value=0, max_value=9_900),
)
def test_make_iin_round_trip(born: date, sex: Sex, serial: int) -> None:
    made = make_iin(born, sex, serial)
    assert iin_problem(made) is None
    assert birth_date_from_iin(made) == born
    assert sex_from_iin(made) == sex
    used = int(made[7:11])
    # The serial is kept unless it has no check digit; then the next usable one is taken.
    if reference_check_digit(made[:7] + f"{serial:04d}") is not None:
        assert used == serial
    else:
        assert used > serial
        assert all(
            reference_check_digit(made[:7] + f"{s:04d}") is None for s in range(serial, used)
        )
    assert int(made[11]) == reference_check_digit(made[:11])


@settings(max_examples=1000, deadline=None)
@given(
    registered=st.dates(min_value=date(1991, 12, 16), max_value=date(2099, 12, 31)),
    serial=st.integers(min_value=0, max_value=99_900),
    entity_type=st.sampled_from([4, 5, 6]),
    attribute=st.sampled_from([0, 1, 2, 3]),
)
def test_make_bin_round_trip(registered: date, serial: int, entity_type: int,
                             attribute: int) -> None:
    made = make_bin(registered, serial, entity_type=entity_type, attribute=attribute)
    assert bin_problem(made) is None
    assert made[:4] == f"{registered:%y%m}"
    assert made[4:6] == f"{entity_type}{attribute}"
    assert int(made[11]) == reference_check_digit(made[:11])


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_random_digit_strings_agree_with_reference(value: str) -> None:
    """On arbitrary 12-digit strings the verdict on the check digit matches the reference."""
    problem = iin_problem(value)
    expected = reference_check_digit(value[:11])
    if problem is None:
        assert expected == int(value[11])
    elif problem == "check_digit":
        assert expected != int(value[11])


def test_only_one_last_digit_validates() -> None:
    body = MAN_1988[:11]
    valid = [d for d in "0123456789" if iin_is_valid(body + d)]
    assert valid == ["2"]
