"""A cache of synthetic requests with Kazakh and Russian names, for the requests list's
tests and its benchmarks: `fill_cache` writes groups and any number of requests in bulk, as
a first sync's snapshot would, the same for the same seed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from desktop.models.domain import WINDOW_STATUSES, Status
from desktop.models.search_text import request_search_text
from desktop.models.tables import Group, Request
from desktop.services.cache import Cache
from portal_sandbox import names
from portal_sandbox.iin import Sex
from portal_sandbox.workdays import PORTAL_TZ

NOW = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)
# Shaped like the keys the keyring holds (credentials.cache_key): 32 random bytes in hex.
KEY = "5ea7b3c1" * 8

GROUPS = [
    # name, age_from, age_to, language
    ("Ясельная группа «Балапан»", 1, 2, "kk"),
    ("Ортаңғы топ «Күншуақ»", 3, 4, "kk"),
    ("Средняя группа «Солнышко»", 3, 4, "ru"),
    ("Ересек топ «Құлыншақ»", 4, 5, "kk"),
    ("Старшая группа «Радуга»", 4, 5, "ru"),
    ("Мектепалды даярлық «Ақбота»", 5, 6, "kk"),
    ("Предшкольная группа «Звёздочка»", 5, 6, "ru"),
    ("Әліппе тобы", 5, 6, "kk"),
    ("Іңкәр тобы", 2, 3, "kk"),
    ("Группа «Ёлочка»", 2, 3, "ru"),
    ("Өнер тобы", 3, 5, "kk"),
    ("Аралас топ / Смешанная группа", 3, 6, "kk"),
]
STATUS_WEIGHTS = {
    Status.QUEUED: 5, Status.VOUCHER_ISSUED: 3, Status.STOP_LIST: 2, Status.CHOOSING: 3,
    Status.AWAITING_CONTRACT: 30, Status.CONTRACT_SENT: 15, Status.AWAITING_COUNTERSIGN: 12,
    Status.ENROLLED: 20, Status.ARCHIVED: 10,
}
# Values this client does not know yet, as a newer portal might send: sorting keeps them.
UNKNOWN_REVIEW = "returned"
UNKNOWN_GROUP_ID = 999


def _child(rng: random.Random) -> tuple[str, str]:
    sex: Sex = rng.choice(("male", "female"))
    if rng.random() < 0.65:
        first = rng.choice(names.KAZAKH_BOY_NAMES if sex == "male" else names.KAZAKH_GIRL_NAMES)
        surname = names.surname_for_sex(rng.choice(names.KAZAKH_SURNAMES), sex)
        patronymic = names.kazakh_patronymic(rng.choice(names.KAZAKH_MALE_NAMES), sex)
    else:
        first = rng.choice(names.RUSSIAN_BOY_NAMES if sex == "male" else names.RUSSIAN_GIRL_NAMES)
        surname = names.surname_for_sex(rng.choice(names.RUSSIAN_SURNAMES), sex)
        patronymic = names.russian_patronymic(rng.choice(names.RUSSIAN_MALE_NAMES), sex)
    return f"{surname} {first} {patronymic}", sex


def _iin(birth: date, sex: str, serial: int) -> str:
    # Shaped like an IIN (birth date, century and sex digit, serial); the check digit does
    # not matter to the cache, and computing real ones would dominate the fill time.
    century = 5 if sex == "male" else 6
    return f"{birth:%y%m%d}{century}{serial:05d}"


def synthetic_requests(count: int, seed: int = 7, now: datetime = NOW
                       ) -> Iterator[dict[str, Any]]:
    """Rows for the `requests` table, shaped as the sync engine writes them."""
    rng = random.Random(seed)
    numbers = rng.sample(range(100_000, 100_000 + 4 * count), count)
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    for index in range(count):
        request_id = index + 1
        name, sex = _child(rng)
        birth = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        if index % 997 == 0:
            birth = date(2020, 2, 29)  # a leap-day child for the age filter's edge
        iin = _iin(birth, sex, index)
        status = rng.choices(statuses, weights)[0]
        deadline = None
        if status in WINDOW_STATUSES:
            day = (now + timedelta(days=rng.randrange(-3, 14))).date()
            deadline = datetime.combine(day, datetime.max.time().replace(microsecond=0),
                                        PORTAL_TZ).astimezone(UTC)
        requested = None if rng.random() < 0.03 else now - timedelta(minutes=rng.randrange(
            60 * 24 * 400))
        roll = rng.random()
        group_id = None if roll < 0.04 else UNKNOWN_GROUP_ID if roll < 0.05 else \
            rng.randrange(1, len(GROUPS) + 1)
        review = rng.choice((None, "new", "new", "accepted", "declined", "enrolled",
                             UNKNOWN_REVIEW if index % 50 == 0 else "new"))
        # Mostly as the portal lists them, now and then the other way round.
        languages = rng.choice(("kk", "kk", "ru", "kk,ru" if index % 89 else "ru,kk"))
        number = numbers[index]
        yield {
            "id": request_id, "version": 1 + index % 7, "number": number, "status": status.value,
            "review": review, "group_id": group_id, "child_iin": iin, "child_name": name,
            "child_birth_date": birth, "languages": languages, "requested_at": requested,
            "deadline": deadline, "search": request_search_text(number, name, iin),
            "pending": rng.random() < 0.05,
            "data": _data(request_id, number, name, iin, birth, sex, status.value, review,
                          group_id, languages, requested, deadline),
        }


def _data(request_id: int, number: int, name: str, iin: str, birth: date, sex: str,
          status: str, review: str | None, group_id: int | None, languages: str,
          requested: datetime | None, deadline: datetime | None) -> dict[str, Any]:
    """The feed's request object, roughly as large as the portal's (about 2 KB)."""
    last, first, patronymic = name.split(" ", 2)
    at = (requested or NOW).isoformat()
    return {
        "id": request_id, "number": number, "submitted_at": "2024-03-01T09:12:44+05:00",
        "child": {"iin": iin, "last_name": last, "first_name": first,
                  "patronymic": patronymic, "sex": sex, "birth_date": birth.isoformat()},
        "locality": "г.Уральск", "languages": languages.split(","), "queue_type": "general",
        "priority_category": "age_3", "status": status, "archive_reason": None,
        "voucher": {"issued_at": at, "confirm_by": at, "confirmed_at": at,
                    "enroll_by": deadline.isoformat() if deadline else None,
                    "extended": False},
        "stop_list_until": None, "restored": False, "kindergarten_id": 1,
        "group_id": group_id, "version": 1,
        "parent": {"iin": "920517400011", "last_name": "Нұрланова", "first_name": "Айгүл",
                   "patronymic": "Серікқызы", "sex": "female", "birth_date": "1992-05-17",
                   "phone": "+77471234567"},
        "requested_at": requested.isoformat() if requested else None, "review": review,
        "decline_reason": None, "decline_comment": None, "contract_id": None,
        "history": [{"at": at, "event": e, "from_status": None, "to_status": e,
                     "actor_kind": "parent", "actor_name": "Нұрланова Айгүл", "note": ""}
                    for e in ("submitted", "voucher_issued", "voucher_confirmed",
                              "request_sent")],
    }


def fill_cache(cache: Cache, count: int, seed: int = 7, now: datetime = NOW) -> None:
    """Groups and `count` requests, written in bulk as a first sync's snapshot would be."""
    with cache.write() as session:
        session.execute(insert(Group), [
            {"id": i, "version": 1, "name": name, "age_from": lo, "age_to": hi,
             "language": lang, "capacity": 25, "enrolled": 10, "reserved": 2,
             "starts_on": date(2025, 9, 1) if i % 3 else date(2025, 3, 1),
             "data": {"id": i, "name": name}}
            for i, (name, lo, hi, lang) in enumerate(GROUPS, start=1)])
        batch: list[dict[str, Any]] = []
        for row in synthetic_requests(count, seed, now):
            batch.append(row)
            if len(batch) == 5000:
                session.execute(insert(Request), batch)
                batch = []
        if batch:
            session.execute(insert(Request), batch)
