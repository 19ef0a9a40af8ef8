"""Realistic people for the demo world of Уральск (Орал), West Kazakhstan region.

Уральск is roughly seven tenths Kazakh and one quarter Russian by population, and its paperwork
mixes both languages: Kazakh first names keep their Kazakh letters (ә ғ қ ң ө ұ ү һ і) on ID
cards, while the official Russian-language patronymic is written without them (Нұрлан's son is
«Нурланович»). The demo data reproduces that mix on purpose, because the staff client's search,
sorting, printing and login generation all have to cope with it.

Everything here draws only from the ``random.Random`` it is given, so one seed always builds the
same world.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from portal_sandbox import iin
from portal_sandbox.iin import Sex

__all__ = [
    "KAZAKH_BOY_NAMES",
    "KAZAKH_FEMALE_NAMES",
    "KAZAKH_GIRL_NAMES",
    "KAZAKH_MALE_NAMES",
    "KAZAKH_SURNAMES",
    "MOBILE_PREFIXES",
    "RUSSIAN_BOY_NAMES",
    "RUSSIAN_FEMALE_NAMES",
    "RUSSIAN_GIRL_NAMES",
    "RUSSIAN_MALE_NAMES",
    "RUSSIAN_SURNAMES",
    "URALSK_MICRODISTRICTS",
    "URALSK_STREETS",
    "Address",
    "Family",
    "IinSerials",
    "Person",
    "SerialSource",
    "format_phone",
    "kazakh_patronymic",
    "login_name",
    "make_family",
    "make_phone",
    "phone_is_valid",
    "russian_patronymic",
    "russify",
    "surname_for_sex",
    "transliterate_to_latin",
]

# --------------------------------------------------------------------------------------------
# First names. Adults (the parents, born roughly 1980-2004) and children (born 2018 onwards)
# come from different lists because the fashions differ: few parents are called Айару or Мирон,
# and few toddlers Бауыржан or Людмила.
# --------------------------------------------------------------------------------------------

KAZAKH_MALE_NAMES: Final[tuple[str, ...]] = (
    "Нұрлан",
    "Серік",
    "Ерлан",
    "Асқар",
    "Бауыржан",
    "Дәурен",
    "Ержан",
    "Мұрат",
    "Айдос",
    "Арман",
    "Қайрат",
    "Берік",
    "Дархан",
    "Ерболат",
    "Жандос",
    "Мақсат",
    "Нұржан",
    "Рүстем",
    "Санжар",
    "Талғат",
    "Ілияс",
    "Әділет",
    "Азамат",
    "Алмас",
    "Бекзат",
    "Ғабит",
    "Дәулет",
    "Ербол",
    "Жасұлан",
    "Қанат",
    "Марат",
    "Нұрбол",
    "Олжас",
    "Руслан",
    "Самат",
    "Темірлан",
    "Айбек",
    "Данияр",
    "Медет",
    "Рахат",
    "Әлихан",
    "Ғалым",
    "Нұрсұлтан",
    "Өмірзақ",
    "Мұхтар",
    "Бақытжан",
    "Ерғали",
    "Мұса",
    "Жұмабай",
    "Ислам",
)

KAZAKH_FEMALE_NAMES: Final[tuple[str, ...]] = (
    "Айгүл",
    "Құралай",
    "Ұлжан",
    "Гауһар",
    "Әсел",
    "Айгерім",
    "Ақбота",
    "Ақмарал",
    "Аружан",
    "Айжан",
    "Балжан",
    "Гүлнар",
    "Гүлмира",
    "Динара",
    "Жанар",
    "Жансая",
    "Зарина",
    "Индира",
    "Қарлығаш",
    "Ләззат",
    "Мадина",
    "Меруерт",
    "Назерке",
    "Нұргүл",
    "Перизат",
    "Салтанат",
    "Сәуле",
    "Томирис",
    "Дана",
    "Жұлдыз",
    "Камила",
    "Әлия",
    "Айым",
    "Ботагөз",
    "Жібек",
    "Ақерке",
    "Іңкәр",
    "Малика",
    "Райхан",
    "Самал",
    "Толғанай",
    "Шынар",
    "Эльмира",
    "Айнұр",
    "Бибігүл",
    "Гүлжан",
    "Мөлдір",
    "Нәзира",
    "Сымбат",
)

KAZAKH_BOY_NAMES: Final[tuple[str, ...]] = (
    "Әлихан",
    "Нұрислам",
    "Айсұлтан",
    "Алдияр",
    "Ерасыл",
    "Мирас",
    "Әмір",
    "Алинұр",
    "Нұрасыл",
    "Ахмет",
    "Али",
    "Ибраһим",
    "Мұхаммед",
    "Амир",
    "Абылай",
    "Айбар",
    "Бекасыл",
    "Иса",
    "Омар",
    "Нұрсұлтан",
    "Рамазан",
    "Райымбек",
    "Санжар",
    "Темірлан",
    "Ілияс",
    "Арсен",
    "Әділ",
    "Нұрәли",
    "Жалғас",
    "Ансар",
)

KAZAKH_GIRL_NAMES: Final[tuple[str, ...]] = (
    "Айару",
    "Аяла",
    "Інжу",
    "Медина",
    "Раяна",
    "Айлин",
    "Амина",
    "Томирис",
    "Айша",
    "Әйгерім",
    "Аружан",
    "Айзере",
    "Жансая",
    "Нұрай",
    "Асылым",
    "Дария",
    "Сафия",
    "Ясмина",
    "Әмина",
    "Айсұлу",
    "Маржан",
    "Адия",
    "Аделия",
    "Інабат",
    "Мерей",
    "Ұлжан",
    "Гауһар",
    "Құралай",
    "Айгүл",
    "Сезім",
)

RUSSIAN_MALE_NAMES: Final[tuple[str, ...]] = (
    "Александр",
    "Алексей",
    "Андрей",
    "Антон",
    "Артём",
    "Борис",
    "Вадим",
    "Валерий",
    "Виктор",
    "Виталий",
    "Владимир",
    "Владислав",
    "Вячеслав",
    "Геннадий",
    "Георгий",
    "Григорий",
    "Денис",
    "Дмитрий",
    "Евгений",
    "Егор",
    "Иван",
    "Игорь",
    "Илья",
    "Кирилл",
    "Константин",
    "Леонид",
    "Максим",
    "Михаил",
    "Никита",
    "Николай",
    "Олег",
    "Павел",
    "Пётр",
    "Роман",
    "Руслан",
    "Семён",
    "Сергей",
    "Станислав",
    "Степан",
    "Тимофей",
    "Фёдор",
    "Юрий",
    "Ярослав",
    "Матвей",
    "Лев",
    "Василий",
    "Анатолий",
)

RUSSIAN_FEMALE_NAMES: Final[tuple[str, ...]] = (
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Екатерина",
    "Светлана",
    "Юлия",
    "Анастасия",
    "Дарья",
    "Марина",
    "Людмила",
    "Галина",
    "Надежда",
    "Валентина",
    "Оксана",
    "Виктория",
    "Евгения",
    "Ксения",
    "Алёна",
    "Кристина",
    "Алина",
    "Вероника",
    "Полина",
    "Софья",
    "Елизавета",
    "Александра",
    "Варвара",
    "Любовь",
    "Вера",
    "Жанна",
    "Лариса",
    "Инна",
    "Яна",
    "Милана",
    "Арина",
    "Ульяна",
    "Маргарита",
    "Диана",
    "Валерия",
)

RUSSIAN_BOY_NAMES: Final[tuple[str, ...]] = (
    "Артём",
    "Михаил",
    "Александр",
    "Максим",
    "Лев",
    "Марк",
    "Матвей",
    "Иван",
    "Тимофей",
    "Дмитрий",
    "Кирилл",
    "Даниил",
    "Фёдор",
    "Роман",
    "Егор",
    "Арсений",
    "Мирон",
    "Платон",
    "Ярослав",
    "Никита",
    "Илья",
    "Степан",
    "Глеб",
    "Демид",
    "Макар",
)

RUSSIAN_GIRL_NAMES: Final[tuple[str, ...]] = (
    "София",
    "Анна",
    "Мария",
    "Алиса",
    "Ева",
    "Виктория",
    "Полина",
    "Варвара",
    "Василиса",
    "Вероника",
    "Александра",
    "Милана",
    "Арина",
    "Ксения",
    "Дарья",
    "Елизавета",
    "Злата",
    "Мирослава",
    "Ульяна",
    "Таисия",
    "Кира",
    "Есения",
    "Агата",
    "Стефания",
    "Валерия",
)

# --------------------------------------------------------------------------------------------
# Surnames, masculine form; surname_for_sex() derives the feminine one. Kazakh surnames come in
# three kinds, all common in Уральск: Russian-style possessives (-ов/-ев/-ин, which agree with
# sex), bare names without a suffix (Сейткали, which never change) and -ұлы/-қызы forms. Some
# are spelt with Kazakh letters and some without, as in real records issued in different years.
# --------------------------------------------------------------------------------------------

KAZAKH_SURNAMES: Final[tuple[str, ...]] = (
    "Нурланов",
    "Серикбаев",
    "Жумабаев",
    "Ахметов",
    "Сапаров",
    "Каримов",
    "Абдрахманов",
    "Байжанов",
    "Бекмухамбетов",
    "Досмухамедов",
    "Ермеков",
    "Есенов",
    "Жакупов",
    "Исмагулов",
    "Кенжебаев",
    "Куанышев",
    "Мамин",
    "Мусин",
    "Нургалиев",
    "Оспанов",
    "Сагинтаев",
    "Тулегенов",
    "Утегенов",
    "Шарипов",
    "Искаков",
    "Садыков",
    "Рахимов",
    "Базарбаев",
    "Мухамедиев",
    "Есимов",
    "Жанибеков",
    "Калиев",
    "Ибраев",
    "Утемисов",
    "Жубанов",
    "Габдуллин",
    "Құдайбергенов",
    "Төлегенов",
    "Ғабдуллин",
    "Әбілов",
    "Ізбасаров",
    "Сүлейменов",
    "Жұмағалиев",
    "Нұрғалиев",
    "Қасымов",
    "Ұзақбаев",
    "Сейткали",
    "Нұрлыбек",
    "Жұмабек",
    "Әлібек",
    "Бекболат",
    "Тілеуберді",
    "Сәрсенбай",
    "Ахметжан",
    "Нұртас",
    "Жақсыбекұлы",
    "Қайратұлы",
)

RUSSIAN_SURNAMES: Final[tuple[str, ...]] = (
    "Иванов",
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Сергеев",
    "Кузьмин",
    "Фролов",
    "Белов",
    "Гусев",
    "Тарасов",
    "Ильин",
    "Тихонов",
    "Медведев",
    "Высоцкий",
    "Покровский",
    "Толстой",
    "Шевченко",
    "Бондаренко",
    "Кравченко",
    "Ковальчук",
    "Черных",
)

# --------------------------------------------------------------------------------------------
# Addresses. Real streets of Уральск under their current names; проспект Нурсултана
# Назарбаева was проспект Достык-Дружба (and before that Ленина) until 2019, and old paperwork
# still carries that name.
# --------------------------------------------------------------------------------------------

URALSK_STREETS: Final[tuple[str, ...]] = (
    "проспект Абулхаир хана",
    "проспект Нурсултана Назарбаева",
    "проспект Евразия",
    "проспект Абая",
    "улица Жангир хана",
    "улица Мухита",
    "улица Сарайшык",
    "улица Курмангазы",
    "улица Ихсанова",
    "улица Кердери",
    "улица Темира Масина",
    "улица Сырыма Датова",
    "улица Чагано-Набережная",
    "улица Рубежинская",
    "улица Кызылжарская",
    "улица Некрасова",
    "улица Никиты Савичева",
    "улица Халела Досмухамедулы",
    "улица Тәуелсіздік",
    "улица Желтоқсан",
)

URALSK_MICRODISTRICTS: Final[tuple[str, ...]] = (
    "микрорайон Кунаева",
    "микрорайон Астана",
    "микрорайон Жулдыз",
)

CITY: Final[str] = "г. Уральск"

# Kazakh mobile network codes. Only mobiles are generated: the contact number a parent gives on an
# application is a mobile, and a landline (Уральск's area code is 7112) would look out of place.
MOBILE_PREFIXES: Final[tuple[str, ...]] = (
    "700",
    "701",
    "702",
    "703",
    "704",
    "705",
    "706",
    "707",
    "708",
    "747",
    "771",
    "775",
    "776",
    "777",
    "778",
)

# --------------------------------------------------------------------------------------------
# Spelling helpers
# --------------------------------------------------------------------------------------------

_KAZAKH_TO_RUSSIAN: Final[dict[str, str]] = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
    "Ә": "А",
    "Ғ": "Г",
    "Қ": "К",
    "Ң": "Н",
    "Ө": "О",
    "Ұ": "У",
    "Ү": "У",
    "Һ": "Х",
    "І": "И",
}

_RUSSIAN_PATRONYMIC_EXCEPTIONS: Final[dict[str, tuple[str, str]]] = {
    "Илья": ("Ильич", "Ильинична"),
    "Никита": ("Никитич", "Никитична"),
    "Лука": ("Лукич", "Лукинична"),
    "Фома": ("Фомич", "Фоминична"),
    "Кузьма": ("Кузьмич", "Кузьминична"),
    "Савва": ("Саввич", "Саввична"),
    "Лев": ("Львович", "Львовна"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Григорий": ("Григорьевич", "Григорьевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Виталий": ("Витальевич", "Витальевна"),
    "Валерий": ("Валерьевич", "Валерьевна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Арсений": ("Арсеньевич", "Арсеньевна"),
    "Василий": ("Васильевич", "Васильевна"),
    "Анатолий": ("Анатольевич", "Анатольевна"),
}

_VOWELS: Final[str] = "аеёиоуыэюяәөұүі"
_SIBILANTS: Final[str] = "жшчщц"


def russify(name: str) -> str:
    """Replace the nine Kazakh-only letters by their usual Russian stand-ins (Нұрлан → Нурлан).

    This is how Kazakh names appear in Russian-language official forms, in particular in the
    Russian form of a patronymic.
    """
    return "".join(_KAZAKH_TO_RUSSIAN.get(ch, ch) for ch in name)


def russian_patronymic(father_name: str, sex: Sex) -> str:
    """The official Russian-form patronymic from the father's first name.

    Нұрлан → Нурланович / Нурлановна, Андрей → Андреевич, Мұса → Мусаевич, with the irregular
    Russian names (Илья → Ильич, Пётр → Петрович, Юрий → Юрьевич ...) from a table.
    """
    male = sex == "male"
    if father_name in _RUSSIAN_PATRONYMIC_EXCEPTIONS:
        masculine, feminine = _RUSSIAN_PATRONYMIC_EXCEPTIONS[father_name]
        return masculine if male else feminine
    stem = russify(father_name)
    last = stem[-1].lower()
    if stem.lower().endswith("ий"):
        stem, suffix = stem[:-1], ("евич", "евна")  # Дмитрий → Дмитриевич
    elif last in "йь":
        stem, suffix = stem[:-1], ("евич", "евна")  # Андрей → Андреевич, Николай → Николаевич
    elif last in _VOWELS or last in _SIBILANTS:
        suffix = ("евич", "евна")  # Мұса → Мусаевич, Кали → Калиевич
    else:
        suffix = ("ович", "овна")
    return stem + (suffix[0] if male else suffix[1])


def kazakh_patronymic(father_name: str, sex: Sex) -> str:
    """The Kazakh-form patronymic: Нұрлан → Нұрланұлы (son) / Нұрланқызы (daughter).

    Written as one word, as on Kazakh ID cards; the father's name keeps its Kazakh letters.
    """
    return father_name + ("ұлы" if sex == "male" else "қызы")


def surname_for_sex(surname: str, sex: Sex) -> str:
    """The form of a (masculine-form) surname for a person of ``sex``.

    -ов/-ев/-ёв/-ин/-ын take -а, -ский/-цкий/-ой/-ый become -ская/-цкая/-ая, -ұлы becomes
    -қызы; everything else (Сейткали, Шевченко, Черных, Ковальчук) is the same for both sexes.
    """
    if sex == "male":
        return surname
    lower = surname.lower()
    if lower.endswith("ұлы"):
        return surname[:-3] + "қызы"
    if lower.endswith("улы"):
        return surname[:-3] + "кызы"
    if lower.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if lower.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if lower.endswith(("ой", "ый", "ий")):
        return surname[:-2] + "ая"
    return surname


# Passport-style romanisation: close to what Kazakh passports print, ASCII only, so the result is
# safe in logins, e-mail local parts and file names. The nine Kazakh letters lose their marks
# (ә → a, қ → k, ұ → u ...), as they do when the 2021 Latin alphabet is typed without diacritics.
_LATIN: Final[dict[str, str]] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}


def transliterate_to_latin(name: str) -> str:
    """Kazakh or Russian Cyrillic to lower-case ASCII (Нұрсұлтан → nursultan, Ғалым → galym).

    ASCII letters, digits, spaces, hyphens and dots pass through (lower-cased); anything else
    that has no mapping is dropped, so the result is always plain ASCII.
    """
    out: list[str] = []
    for ch in name.lower():
        if ch in _LATIN:
            out.append(_LATIN[ch])
        elif ch.isascii() and (ch.isalnum() or ch in " -."):
            out.append(ch)
    return "".join(out)


def login_name(first_name: str, surname: str) -> str:
    """A staff login such as ``g.nurlanova`` for Гүлнар Нурланова: initial, dot, surname."""
    first = transliterate_to_latin(first_name).replace(" ", "").replace("-", "")
    last = transliterate_to_latin(surname).replace(" ", "")
    if not first or not last:
        raise ValueError(f"cannot make a login from {first_name!r} {surname!r}")
    return f"{first[0]}.{last}"


# --------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------


def make_phone(rng: random.Random) -> str:
    """A Kazakh mobile number in E.164 form, ``+77xxxxxxxxx``."""
    return f"+7{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"


def phone_is_valid(phone: str) -> bool:
    """Whether ``phone`` is an E.164 Kazakh mobile number with a known operator prefix."""
    return (
        len(phone) == 12
        and phone.startswith("+7")
        and phone[1:].isascii()
        and phone[1:].isdigit()
        and phone[2:5] in MOBILE_PREFIXES
    )


def format_phone(phone: str) -> str:
    """``+77012345678`` → ``+7 701 234 56 78``, the way numbers are written on forms."""
    if not phone_is_valid(phone):
        raise ValueError(f"not a Kazakh mobile number in E.164 form: {phone!r}")
    d = phone[2:]
    return f"+7 {d[0:3]} {d[3:6]} {d[6:8]} {d[8:10]}"


# --------------------------------------------------------------------------------------------
# People and families
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """One person as the portal records them."""

    surname: str
    first_name: str
    patronymic: str | None
    sex: Sex
    birth_date: date
    iin: str
    phone: str | None = None

    @property
    def full_name(self) -> str:
        """«Фамилия Имя Отчество», the order used on every Kazakh official form."""
        parts = [self.surname, self.first_name]
        if self.patronymic:
            parts.append(self.patronymic)
        return " ".join(parts)

    @property
    def short_name(self) -> str:
        """«Фамилия И. О.», as in lists and signatures."""
        initials = f"{self.first_name[0]}."
        if self.patronymic:
            initials += f" {self.patronymic[0]}."
        return f"{self.surname} {initials}"


@dataclass(frozen=True, slots=True)
class Address:
    """A home address in Уральск."""

    street: str
    house: str
    apartment: int | None
    city: str = CITY

    def format(self) -> str:
        """One line, Russian style: «г. Уральск, улица Мухита, д. 12, кв. 40»."""
        text = f"{self.city}, {self.street}, д. {self.house}"
        if self.apartment is not None:
            text += f", кв. {self.apartment}"
        return text


@dataclass(frozen=True, slots=True)
class Family:
    """A child and the parent(s) living with them. At least one parent is present."""

    child: Person
    mother: Person | None
    father: Person | None
    address: Address
    kazakh: bool

    @property
    def parents(self) -> tuple[Person, ...]:
        """The parents present, mother first."""
        return tuple(p for p in (self.mother, self.father) if p is not None)

    @property
    def applicant(self) -> Person:
        """The parent who files the application: the mother when she is present.

        A fixed rule rather than a random pick, so adding it did not shift the generator's
        draws and change every world built from an existing seed.
        """
        return self.mother if self.mother is not None else self.parents[0]


# Gives the serial for the next IIN of someone born on that date with that sex.
SerialSource = Callable[[date, Sex], int]


class IinSerials:
    """A :data:`SerialSource` that never repeats an IIN.

    It keeps a counter per birth date and sex (the part of the IIN before the serial), starts
    each at ``start`` and advances past any serial :func:`iin.make_iin` would skip, so every
    serial it hands out is used as is and every resulting IIN is distinct.
    """

    def __init__(self, start: int = 1) -> None:
        self._start = start
        self._next: dict[tuple[date, Sex], int] = {}

    def __call__(self, birth_date: date, sex: Sex) -> int:
        key = (birth_date, sex)
        candidate = self._next.get(key, self._start)
        serial = int(iin.make_iin(birth_date, sex, candidate)[7:11])
        self._next[key] = serial + 1
        return serial


def _date_years_before(rng: random.Random, ref: date, min_years: int, max_years: int) -> date:
    """A uniformly random date between ``max_years`` and ``min_years`` years before ``ref``."""
    earliest = ref - timedelta(days=round(max_years * 365.25))
    latest = ref - timedelta(days=round(min_years * 365.25))
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def _house_number(rng: random.Random) -> str:
    number = str(rng.randint(1, 180))
    # Corner and rebuilt houses often carry a letter or a slash number.
    extra = rng.random()
    if extra < 0.08:
        number += rng.choice("АБВ")
    elif extra < 0.12:
        number += f"/{rng.randint(1, 9)}"
    return number


def _make_address(rng: random.Random) -> Address:
    if rng.random() < 0.25:
        # Microdistricts are blocks of flats numbered within the district.
        return Address(
            rng.choice(URALSK_MICRODISTRICTS), str(rng.randint(1, 60)), rng.randint(1, 120)
        )
    street = rng.choice(URALSK_STREETS)
    # About a third live in private houses (no flat number), common outside the centre.
    apartment = None if rng.random() < 0.35 else rng.randint(1, 180)
    return Address(street, _house_number(rng), apartment)


def _patronymic(
    rng: random.Random, father_name: str, sex: Sex, *, kazakh: bool, kazakh_form_share: float
) -> str:
    if kazakh and rng.random() < kazakh_form_share:
        return kazakh_patronymic(father_name, sex)
    return russian_patronymic(father_name, sex)


def _adult(
    rng: random.Random,
    serial_source: SerialSource,
    *,
    sex: Sex,
    first_name: str,
    surname: str,
    kazakh: bool,
    birth_date: date,
) -> Person:
    grandfather = rng.choice(KAZAKH_MALE_NAMES if kazakh else RUSSIAN_MALE_NAMES)
    patronymic = _patronymic(rng, grandfather, sex, kazakh=kazakh, kazakh_form_share=0.25)
    return Person(
        surname=surname,
        first_name=first_name,
        patronymic=patronymic,
        sex=sex,
        birth_date=birth_date,
        iin=iin.make_iin(birth_date, sex, serial_source(birth_date, sex)),
        phone=make_phone(rng),
    )


def make_family(
    rng: random.Random,
    *,
    kazakh: bool,
    child_birth_date: date,
    serial_source: SerialSource,
) -> Family:
    """A plausible family of Уральск with a child born on ``child_birth_date``.

    Four families in five have both parents at home, the rest only the mother or, rarely, only
    the father. The child always bears the father's surname (in the child's gender) and a
    patronymic from his first name, even when he is not part of the household, as on a birth
    certificate. Mothers are 20-40 at the birth, fathers a few years older. Kazakh wives often
    keep their own surname, Russian ones mostly take the husband's.

    ``serial_source`` supplies IIN serials; pass one :class:`IinSerials` for the whole world
    so that no two people share an IIN. The result depends only on ``rng``'s state and the
    serials handed out.
    """
    male_names = KAZAKH_MALE_NAMES if kazakh else RUSSIAN_MALE_NAMES
    female_names = KAZAKH_FEMALE_NAMES if kazakh else RUSSIAN_FEMALE_NAMES
    surnames = KAZAKH_SURNAMES if kazakh else RUSSIAN_SURNAMES

    composition = rng.random()
    has_mother = composition < 0.95
    has_father = composition < 0.80 or composition >= 0.95

    father_surname = rng.choice(surnames)
    father_name = rng.choice(male_names)
    mother_age = rng.randint(20, 39)
    mother_birth = _date_years_before(rng, child_birth_date, mother_age, mother_age + 1)
    father_age = min(mother_age + rng.randint(-1, 8), 50)
    father_birth = _date_years_before(rng, child_birth_date, father_age, father_age + 1)

    mother: Person | None = None
    if has_mother:
        takes_husbands_name = rng.random() < (0.55 if kazakh else 0.9)
        mother_surname = father_surname if takes_husbands_name else rng.choice(surnames)
        mother = _adult(
            rng,
            serial_source,
            sex="female",
            first_name=rng.choice(female_names),
            surname=surname_for_sex(mother_surname, "female"),
            kazakh=kazakh,
            birth_date=mother_birth,
        )
    father: Person | None = None
    if has_father:
        father = _adult(
            rng,
            serial_source,
            sex="male",
            first_name=father_name,
            surname=father_surname,
            kazakh=kazakh,
            birth_date=father_birth,
        )

    child_sex: Sex = "male" if rng.random() < 0.5 else "female"
    if kazakh:
        child_names = KAZAKH_BOY_NAMES if child_sex == "male" else KAZAKH_GIRL_NAMES
    else:
        child_names = RUSSIAN_BOY_NAMES if child_sex == "male" else RUSSIAN_GIRL_NAMES
    child = Person(
        surname=surname_for_sex(father_surname, child_sex),
        first_name=rng.choice(child_names),
        patronymic=_patronymic(rng, father_name, child_sex, kazakh=kazakh, kazakh_form_share=0.4),
        sex=child_sex,
        birth_date=child_birth_date,
        iin=iin.make_iin(child_birth_date, child_sex, serial_source(child_birth_date, child_sex)),
    )
    return Family(
        child=child, mother=mother, father=father, address=_make_address(rng), kazakh=kazakh
    )
