"""Names, patronymics, phones and generated families of the Уральск demo world."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from portal_sandbox import names
from portal_sandbox.iin import birth_date_from_iin, iin_is_valid, make_iin, sex_from_iin
from portal_sandbox.names import (
    Family,
    IinSerials,
    format_phone,
    kazakh_patronymic,
    login_name,
    make_family,
    make_phone,
    phone_is_valid,
    russian_patronymic,
    russify,
    surname_for_sex,
    transliterate_to_latin,
)

KAZAKH_LETTERS = "әғқңөұүһі"
E164_KZ_MOBILE = re.compile(r"^\+77\d{9}$")
REAL_PREFIXES = {f"70{d}" for d in range(9)} | {"747", "771", "775", "776", "777", "778"}


def build_world(seed: int, count: int) -> list[Family]:
    rng = random.Random(seed)
    serials = IinSerials()
    families = []
    for i in range(count):
        born = date(2019, 1, 1) + timedelta(days=rng.randrange(5 * 365))
        families.append(
            make_family(rng, kazakh=i % 10 < 7, child_birth_date=born, serial_source=serials)
        )
    return families


# --- lists -----------------------------------------------------------------------------------


def test_lists_are_large_enough_and_distinct() -> None:
    for values in (
        names.KAZAKH_MALE_NAMES, names.KAZAKH_FEMALE_NAMES, names.KAZAKH_SURNAMES,
        names.RUSSIAN_MALE_NAMES, names.RUSSIAN_FEMALE_NAMES, names.RUSSIAN_SURNAMES,
    ):
        assert len(values) >= 40
        assert len(set(values)) == len(values)
    assert len(names.URALSK_STREETS) >= 20
    assert len(set(names.URALSK_STREETS)) == len(names.URALSK_STREETS)


def test_every_kazakh_letter_occurs_in_the_name_lists() -> None:
    pool = (
        names.KAZAKH_MALE_NAMES + names.KAZAKH_FEMALE_NAMES + names.KAZAKH_BOY_NAMES
        + names.KAZAKH_GIRL_NAMES + names.KAZAKH_SURNAMES
    )
    text = "".join(pool)
    for letter in KAZAKH_LETTERS:
        assert letter in text.lower(), letter
    # Capitals too: they start names, and fonts and sorting must handle them.
    for capital in "ӘҒҚӨҰІ":
        assert any(name.startswith(capital) for name in pool), capital
    for wanted in ("Әлихан", "Ғалым", "Айгүл", "Нұрсұлтан", "Өмірзақ", "Құралай", "Ұлжан"):
        assert wanted in pool, wanted


def test_russian_lists_have_no_kazakh_letters() -> None:
    text = "".join(
        names.RUSSIAN_MALE_NAMES + names.RUSSIAN_FEMALE_NAMES + names.RUSSIAN_BOY_NAMES
        + names.RUSSIAN_GIRL_NAMES + names.RUSSIAN_SURNAMES
    ).lower()
    assert not set(text) & set(KAZAKH_LETTERS)


# --- surnames --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masculine", "feminine"),
    [
        ("Нурланов", "Нурланова"),
        ("Жумабаев", "Жумабаева"),
        ("Соловьёв", "Соловьёва"),
        ("Мамин", "Мамина"),
        ("Ғабдуллин", "Ғабдуллина"),
        ("Құдайбергенов", "Құдайбергенова"),
        ("Высоцкий", "Высоцкая"),
        ("Покровский", "Покровская"),
        ("Толстой", "Толстая"),
        ("Жақсыбекұлы", "Жақсыбекқызы"),
        ("Сейткали", "Сейткали"),
        ("Тілеуберді", "Тілеуберді"),
        ("Сәрсенбай", "Сәрсенбай"),
        ("Шевченко", "Шевченко"),
        ("Черных", "Черных"),
        ("Ковальчук", "Ковальчук"),
    ],
)
def test_surname_agreement(masculine: str, feminine: str) -> None:
    assert surname_for_sex(masculine, "male") == masculine
    assert surname_for_sex(masculine, "female") == feminine


def test_every_listed_surname_has_a_sensible_feminine_form() -> None:
    for surname in names.KAZAKH_SURNAMES + names.RUSSIAN_SURNAMES:
        feminine = surname_for_sex(surname, "female")
        if surname.endswith(("ов", "ев", "ёв", "ин")):
            assert feminine == surname + "а"
        elif surname.endswith("ұлы"):
            assert feminine.endswith("қызы")
        elif surname.endswith(("ский", "цкий", "ой")):
            assert feminine.endswith("ая")
        else:
            assert feminine == surname


# --- patronymics -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("father", "son", "daughter"),
    [
        ("Нұрлан", "Нурланович", "Нурлановна"),
        ("Нурлан", "Нурланович", "Нурлановна"),
        ("Ғалым", "Галымович", "Галымовна"),
        ("Өмірзақ", "Омирзакович", "Омирзаковна"),
        ("Әлихан", "Алиханович", "Алихановна"),
        ("Мұса", "Мусаевич", "Мусаевна"),
        ("Ерғали", "Ергалиевич", "Ергалиевна"),
        ("Жұмабай", "Жумабаевич", "Жумабаевна"),
        ("Иван", "Иванович", "Ивановна"),
        ("Андрей", "Андреевич", "Андреевна"),
        ("Николай", "Николаевич", "Николаевна"),
        ("Дмитрий", "Дмитриевич", "Дмитриевна"),
        ("Юрий", "Юрьевич", "Юрьевна"),
        ("Евгений", "Евгеньевич", "Евгеньевна"),
        ("Илья", "Ильич", "Ильинична"),
        ("Никита", "Никитич", "Никитична"),
        ("Пётр", "Петрович", "Петровна"),
        ("Павел", "Павлович", "Павловна"),
        ("Лев", "Львович", "Львовна"),
        ("Михаил", "Михайлович", "Михайловна"),
        ("Семён", "Семёнович", "Семёновна"),
    ],
)
def test_russian_patronymics(father: str, son: str, daughter: str) -> None:
    assert russian_patronymic(father, "male") == son
    assert russian_patronymic(father, "female") == daughter


def test_kazakh_patronymics() -> None:
    assert kazakh_patronymic("Нұрлан", "male") == "Нұрланұлы"
    assert kazakh_patronymic("Нұрлан", "female") == "Нұрланқызы"
    assert kazakh_patronymic("Ғалым", "female") == "Ғалымқызы"


def test_every_listed_father_gives_a_well_formed_patronymic() -> None:
    for father in names.KAZAKH_MALE_NAMES + names.RUSSIAN_MALE_NAMES:
        son, daughter = russian_patronymic(father, "male"), russian_patronymic(father, "female")
        assert son.endswith("ич"), son
        assert daughter.endswith("на"), daughter
        assert not set(son + daughter) & set(KAZAKH_LETTERS + KAZAKH_LETTERS.upper())


def test_russify() -> None:
    assert russify("Әлихан Ғалым Қайрат Іңкәр Өмірзақ Ұлжан Гауһар Айгүл") == (
        "Алихан Галым Кайрат Инкар Омирзак Улжан Гаухар Айгул"
    )


# --- transliteration and logins -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Нұрсұлтан", "nursultan"),
        ("Ғалым", "galym"),
        ("Әлихан", "alikhan"),
        ("Өмірзақ", "omirzak"),
        ("Құралай Ұлжан", "kuralai ulzhan"),
        ("Гауһар", "gauhar"),
        ("Іңкәр", "inkar"),
        ("Айгүл", "aigul"),
        ("Щукина", "shchukina"),
        ("Юлия Соловьёва", "yuliya soloveva"),
        ("Чагано-Набережная", "chagano-naberezhnaya"),
        ("Ivan", "ivan"),
    ],
)
def test_transliteration(cyrillic: str, latin: str) -> None:
    assert transliterate_to_latin(cyrillic) == latin


def test_transliteration_of_every_name_is_plain_ascii() -> None:
    pool = (
        names.KAZAKH_MALE_NAMES + names.KAZAKH_FEMALE_NAMES + names.KAZAKH_BOY_NAMES
        + names.KAZAKH_GIRL_NAMES + names.KAZAKH_SURNAMES + names.RUSSIAN_MALE_NAMES
        + names.RUSSIAN_FEMALE_NAMES + names.RUSSIAN_BOY_NAMES + names.RUSSIAN_GIRL_NAMES
        + names.RUSSIAN_SURNAMES
    )
    for name in pool:
        latin = transliterate_to_latin(name)
        assert re.fullmatch(r"[a-z]+", latin), (name, latin)


def test_login_name() -> None:
    assert login_name("Гүлнар", "Нурланова") == "g.nurlanova"
    assert login_name("Әлихан", "Құдайбергенов") == "a.kudaibergenov"
    with pytest.raises(ValueError):
        login_name("", "Иванов")


# --- phones ----------------------------------------------------------------------------------


def test_phones() -> None:
    rng = random.Random(5)
    seen_prefixes = set()
    for _ in range(2000):
        phone = make_phone(rng)
        assert E164_KZ_MOBILE.match(phone), phone
        assert phone[2:5] in REAL_PREFIXES
        assert phone_is_valid(phone)
        seen_prefixes.add(phone[2:5])
    assert seen_prefixes == REAL_PREFIXES
    assert format_phone("+77012345678") == "+7 701 234 56 78"
    for bad in ("+77992345678", "87012345678", "+7701234567", "+7701234567a", "+77012345678 "):
        assert not phone_is_valid(bad), bad
    with pytest.raises(ValueError):
        format_phone("+77992345678")


# --- serials ---------------------------------------------------------------------------------


def test_iin_serials_are_unique_and_skip_unusable_ones() -> None:
    # For a woman born 15.05.1990 serial 54 has no check digit (see test_iin.py).
    born = date(1990, 5, 15)
    serials = IinSerials(start=53)
    handed_out = [serials(born, "female") for _ in range(4)]
    assert handed_out == [53, 55, 56, 57]
    for serial in handed_out:
        assert make_iin(born, "female", serial)[7:11] == f"{serial:04d}"
    assert serials(born, "male") == 53  # separate counter per sex


# --- families --------------------------------------------------------------------------------


def test_make_family_is_deterministic() -> None:
    assert build_world(42, 60) == build_world(42, 60)
    assert build_world(42, 60) != build_world(43, 60)


def test_family_invariants() -> None:
    families = build_world(2024, 600)
    all_iins: list[str] = []
    compositions = set()
    for family in families:
        child = family.child
        assert family.parents, "a family has at least one parent"
        compositions.add((family.mother is not None, family.father is not None))
        assert family.applicant in family.parents

        for person in (child, *family.parents):
            assert iin_is_valid(person.iin), person
            assert birth_date_from_iin(person.iin) == person.birth_date
            assert sex_from_iin(person.iin) == person.sex
            all_iins.append(person.iin)
        for parent in family.parents:
            assert parent.phone is not None and phone_is_valid(parent.phone)
            assert parent.patronymic
            age = (child.birth_date - parent.birth_date).days / 365.25
            assert 18 <= age <= 51, (parent, age)
        assert child.phone is None

        if family.mother is not None:
            mother = family.mother
            assert mother.sex == "female"
            age = (child.birth_date - mother.birth_date).days / 365.25
            assert 20 <= age <= 40.1
            masculine_forms = {
                s for s in names.KAZAKH_SURNAMES + names.RUSSIAN_SURNAMES
                if surname_for_sex(s, "female") == mother.surname
            }
            assert masculine_forms, f"{mother.surname} is not a listed surname in female form"
        if family.father is not None:
            father = family.father
            assert father.sex == "male"
            assert child.surname == surname_for_sex(father.surname, child.sex)
            assert child.patronymic in (
                russian_patronymic(father.first_name, child.sex),
                kazakh_patronymic(father.first_name, child.sex),
            )

        if family.kazakh:
            pool = names.KAZAKH_BOY_NAMES if child.sex == "male" else names.KAZAKH_GIRL_NAMES
        else:
            pool = names.RUSSIAN_BOY_NAMES if child.sex == "male" else names.RUSSIAN_GIRL_NAMES
        assert child.first_name in pool

        address = family.address
        assert address.city == "г. Уральск"
        assert address.street in names.URALSK_STREETS + names.URALSK_MICRODISTRICTS
        assert address.format().startswith("г. Уральск, ")

    assert len(all_iins) == len(set(all_iins)), "IINs repeat across the world"
    assert compositions == {(True, True), (True, False), (False, True)}


def test_child_patronymic_and_surname_follow_the_father_when_he_is_absent() -> None:
    """Even without the father in the household the child's names are consistent."""
    families = build_world(7, 400)
    for family in families:
        child = family.child
        if child.sex == "male":
            assert child.patronymic is not None
            assert child.patronymic.endswith(("ич", "ұлы"))
        else:
            assert child.patronymic is not None
            assert child.patronymic.endswith(("на", "қызы"))


def test_kazakh_and_russian_patronymic_forms_both_occur() -> None:
    patronymics = [f.child.patronymic or "" for f in build_world(11, 300) if f.kazakh]
    assert any(p.endswith(("ұлы", "қызы")) for p in patronymics)
    assert any(p.endswith(("ич", "на")) for p in patronymics)


def test_person_name_formats() -> None:
    family = build_world(3, 1)[0]
    child = family.child
    assert child.full_name == f"{child.surname} {child.first_name} {child.patronymic}"
    assert child.short_name == (
        f"{child.surname} {child.first_name[0]}. {(child.patronymic or '?')[0]}."
    )
