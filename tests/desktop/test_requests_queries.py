"""The requests list's SQL (desktop/models/queries.py) against a reference computed in Python
over a cache of 6,000 synthetic requests with Kazakh and Russian names: every filter, the
search, every order in both directions, paging across segments, positions, and plans that
never read the table's rows."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, select, update

from desktop.models import queries, request_list
from desktop.models.request_list import AgeOn, Deadline, Memo, RequestFilter, RowData, SortKey
from desktop.models.search_text import request_search_text
from desktop.models.tables import NAME_SORT_SQL, Group, Request
from desktop.services.cache import Cache
from tests.support.reference import TODAY, WITH_US, World, copy_of_cache, ref_order, resolved
from tests.support.synthetic import NOW, UNKNOWN_GROUP_ID

# --- the reference (the rest is in tests/support/reference.py) -------------------------------


def all_pages(cache: Cache, f: RequestFilter, size: int = 257) -> list[int]:
    memo = Memo()
    out: list[int] = []
    with cache.read() as session:
        while True:
            page = queries.page_ids(session, f, len(out), size, memo)
            out.extend(page)
            if len(page) < size:
                return out


def sample_name(world: World, index: int) -> str:
    return world.rows[index].name


# --- filters and search ---------------------------------------------------------------------


def filter_id(f: RequestFilter, width: int) -> str:
    """A test id that is the same in every process: a frozenset's order is not (hash
    randomisation), and the suite's workers must collect the same ids."""
    shown = replace(f, statuses=frozenset()) if f.statuses else f
    statuses = ",".join(sorted(f.statuses))
    return (f"statuses={statuses} " if statuses else "") + repr(shown)[14:14 + width]


FILTERS = [
    RequestFilter(),
    RequestFilter(statuses=frozenset({"awaiting_contract"})),
    RequestFilter(statuses=WITH_US),
    RequestFilter(statuses=frozenset({"archived", "enrolled"})),
    RequestFilter(group_id=3),
    RequestFilter(group_id=UNKNOWN_GROUP_ID),
    RequestFilter(language="kk"),
    RequestFilter(language="ru"),
    RequestFilter(age_from=3, age_to=4),
    RequestFilter(age_from=5),
    RequestFilter(age_to=2, age_on=AgeOn.TODAY),
    RequestFilter(age_from=3, age_to=3, age_on=AgeOn.TODAY),
    RequestFilter(age_from=4, age_to=5, group_id=4),
    RequestFilter(deadline=Deadline.OVERDUE),
    RequestFilter(deadline=Deadline.WITHIN, within_days=0),
    RequestFilter(deadline=Deadline.WITHIN, within_days=1),
    RequestFilter(deadline=Deadline.WITHIN, within_days=2),
    RequestFilter(deadline=Deadline.WITHIN, within_days=5),
    RequestFilter(statuses=WITH_US, language="kk", age_from=3, age_to=5,
                  deadline=Deadline.WITHIN, within_days=5),
]

SEARCHES = ["н", "Н", "нұ", "НҰР", "Нұрл", "ова", "иванова", "ә", "әл", "і", "ерлан н", "ё",
            "2103", "1", "10", "0", "#1000", "№ 1", "%", "_", "a_b", "ов ов", "қызы", "ұлы",
            "  ", "zzz"]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: filter_id(f, 66))
def test_filters_give_the_reference_ids(cache: Cache, world: World, f: RequestFilter) -> None:
    f = resolved(f)
    expected = ref_order(world, f)
    assert all_pages(cache, f) == expected
    with cache.read() as session:
        assert queries.count(session, f) == len(expected)


@pytest.mark.parametrize("narrow", [0, 10**9], ids=["walk-the-order", "look-up-the-ids"])
@pytest.mark.parametrize("text", SEARCHES)
def test_search_gives_the_reference_ids(cache: Cache, world: World, text: str, narrow: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Both ways of paging a search (walking the order's index, or looking up the matches)
    # give the same rows as the reference, alone and under filters.
    monkeypatch.setattr(queries, "NARROW", narrow)
    monkeypatch.setattr(queries, "NARROW_UNTIL_TESTED", narrow)
    for f in (RequestFilter(search=text),
              RequestFilter(search=text, statuses=WITH_US, language="kk")):
        f = resolved(f)
        expected = ref_order(world, f)
        assert all_pages(cache, f) == expected, text
        with cache.read() as session:
            assert queries.count(session, f) == len(expected), text


def test_search_finds_names_iins_and_numbers_from_the_data(cache: Cache, world: World
                                                           ) -> None:
    for r in world.rows[:: len(world.rows) // 12]:
        surname, first = r.name.split()[:2]
        for text in (surname[:1], surname[:2], surname[:4], surname.upper(), first.lower(),
                     f"{first} {surname[:2]}", r.iin[:6], str(r.number)[:3], str(r.number)):
            f = resolved(RequestFilter(search=text))
            got = all_pages(cache, f)
            assert got == ref_order(world, f), text
            if text == str(r.number) or len(text) >= 3:
                assert r.id in got, text


# As a name is typed on a Russian keyboard, without the Kazakh letters.
RUSSIAN_KEYBOARD = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def test_kazakh_letters_are_found_however_they_are_typed(cache: Cache, world: World) -> None:
    kazakh = [r for r in world.rows if set(r.name.split()[0].lower()) & set("әғқңөұүһі")]
    assert len(kazakh) >= 10
    for r in kazakh[:: len(kazakh) // 10]:
        surname = r.name.split()[0]
        typed = surname.translate(RUSSIAN_KEYBOARD).lower()
        assert typed != surname.lower()
        found = all_pages(cache, resolved(RequestFilter(search=typed)))
        assert r.id in found, typed
        assert found == all_pages(cache, resolved(RequestFilter(search=surname))), typed


# --- orders -----------------------------------------------------------------------------------


ORDER_FILTERS = [RequestFilter(), RequestFilter(statuses=WITH_US, language="kk"),
                 RequestFilter(search="а"), RequestFilter(group_id=2)]


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort", list(SortKey))
def test_every_order_matches_the_reference(cache: Cache, world: World, sort: SortKey,
                                           descending: bool) -> None:
    for base in ORDER_FILTERS:
        f = resolved(replace(base, sort=sort, descending=descending))
        assert all_pages(cache, f, size=97) == ref_order(world, f), base


@pytest.mark.parametrize("sort", list(SortKey))
def test_a_narrow_search_is_sorted_like_a_broad_one(cache: Cache, world: World,
                                                    sort: SortKey,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "NARROW", 10**9)
    monkeypatch.setattr(queries, "NARROW_UNTIL_TESTED", 10**9)
    for descending in (False, True):
        f = resolved(RequestFilter(search="ов", sort=sort, descending=descending))
        assert all_pages(cache, f, size=50) == ref_order(world, f)


def test_names_sort_in_kazakh_alphabetical_order() -> None:
    names = ["Яковлев", "Әлиев", "Абаев", "Бекова", "Ілиясов", "Ыбыраев", "Ғалымов", "Гусев",
             "Ёлкин", "Ершов", "Құлпыбаев", "Кузнецов", "Ұлықбек", "Үсенов", "Уалиев", "Өмаров",
             "Орлов", "Һәкімов", "Харитонов", "Ңа", "Нұрланов", "Аә", "Ая"]
    # Ә follows А: "Аә" (А, Ә) comes before "Абаев" (А, Б).
    expected = ["Аә", "Абаев", "Ая", "Әлиев", "Бекова", "Гусев", "Ғалымов", "Ершов", "Ёлкин",
                "Кузнецов", "Құлпыбаев", "Нұрланов", "Ңа", "Орлов", "Өмаров", "Уалиев",
                "Ұлықбек", "Үсенов", "Харитонов", "Һәкімов", "Ыбыраев", "Ілиясов", "Яковлев"]
    assert sorted(names, key=queries.name_sort_key) == expected


def test_the_migration_indexes_the_same_name_expression() -> None:
    path = next(Path(queries.__file__).parent.glob("migrations/versions/*request_search*.py"))
    spec = importlib.util.spec_from_file_location("request_search_migration", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.NAME_SORT_SQL == NAME_SORT_SQL


# --- positions, plans, the trigram index ------------------------------------------------------


@pytest.mark.parametrize("sort", list(SortKey))
def test_position_is_the_row_in_the_order(cache: Cache, world: World, sort: SortKey) -> None:
    for descending in (False, True):
        f = resolved(RequestFilter(sort=sort, descending=descending, statuses=WITH_US))
        expected = ref_order(world, f)
        memo = Memo()
        with cache.read() as session:
            for row in (0, 1, len(expected) // 3, len(expected) // 2, len(expected) - 1):
                assert queries.position(session, f, expected[row], memo) == row
            outside = next(r.id for r in world.rows if r.status not in WITH_US)
            assert queries.position(session, f, outside, memo) is None


def plans(cache: Cache, call: Any) -> list[str]:
    """The query plans of the statements `call` runs."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.startswith("EXPLAIN"):
            statements.append((statement, parameters))

    event.listen(cache.engine, "before_cursor_execute", seen)
    try:
        with cache.read() as session:
            call(session)
    finally:
        event.remove(cache.engine, "before_cursor_execute", seen)
    out: list[str] = []
    with cache.engine.connect() as connection:
        for statement, parameters in statements:
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            out.extend(str(row[3]) for row in rows)
    return out


@pytest.mark.parametrize("f", [
    RequestFilter(), RequestFilter(statuses=WITH_US, language="kk", age_from=3, age_to=4),
    RequestFilter(search="н"), RequestFilter(search="нұрлан", statuses=WITH_US),
    RequestFilter(search="ова", deadline=Deadline.OVERDUE), RequestFilter(search="2103"),
    RequestFilter(sort=SortKey.STATUS, statuses=WITH_US),
    RequestFilter(sort=SortKey.DEADLINE, search="ова", language="ru"),
], ids=lambda f: filter_id(f, 56))
def test_the_list_reads_indexes_not_rows(cache: Cache, f: RequestFilter) -> None:
    # The rows hold the portal's JSON, which SQLCipher decrypts page by page: counting and
    # paging must be answered from indexes alone (the default order and the searches).
    f = resolved(f)

    def run(session: Any) -> None:
        queries.count(session, f)
        queries.page_ids(session, f, 0, 65)
        queries.page_ids(session, f, 1000, 65)

    steps = plans(cache, run)
    reads = [s for s in steps if re.match(r"(SCAN|SEARCH) requests\b(?!_fts)", s)]
    assert reads, steps
    # A number search's ranges (a MULTI-INDEX OR) read rowids from ix_requests_number and
    # ix_requests_child_iin only; SQLite labels them "INDEX" as the union spans two.
    rowids_only = re.compile(r"SEARCH requests USING INDEX ix_requests_(number|child_iin) ")
    assert all("COVERING INDEX" in s or rowids_only.match(s) for s in reads), steps


def test_the_trigram_index_follows_writes(tmp_path: Path) -> None:
    cache = copy_of_cache(tmp_path)
    try:
        def found(text: str) -> int:
            with cache.read() as session:
                return queries.count(session, RequestFilter(search=text))

        assert found("жаңаболатова") == 0
        with cache.write() as session:
            session.execute(update(Request).where(Request.id == 7).values(
                search=request_search_text(999, "Жаңаболатова Әйгерім", "200101600001")))
        assert found("жаңаболатова") == 1
        assert found("ЖаңаБолатова Әй") == 1
        with cache.write() as session:
            session.execute(delete(Request).where(Request.id == 7))
        assert found("жаңаболатова") == 0
    finally:
        cache.close()


# --- the list as it opens, without SQLAlchemy ---------------------------------------------


@pytest.mark.parametrize("limit", [1, 50, 51, 400])
def test_the_opening_page_is_the_queries_first_page(cache: Cache, limit: int) -> None:
    f = RequestFilter(now=NOW, today=TODAY)
    opening = request_list.opening_page(cache, f, limit)
    with cache.read() as session:
        ids = queries.page_ids(session, f, 0, limit)
        expected = queries.rows(session, ids)
        # The plain SQL's values, typed as the mapped tables type them.
        mapped = {r.id: r for r in session.scalars(select(Request).where(Request.id.in_(ids)))}
        names = {gid: name for gid, name in session.execute(select(Group.id, Group.name))}
    assert opening is not None
    assert [row.id for row in opening] == ids
    assert {row.id: row for row in opening} == expected
    for row in opening:
        r = mapped[row.id]
        assert row == RowData(r.id, r.number, r.child_name, r.child_iin, r.child_birth_date,
                              r.group_id, names.get(r.group_id) if r.group_id else None,
                              r.languages, r.status, r.review, r.pending, r.requested_at,
                              r.deadline)
    # What the table shows of a row comes out typed alike from both.
    assert any(row.pending for row in opening) or limit < 400
    assert any(row.group_name is None for row in opening) or limit < 400


@pytest.mark.parametrize("f", [
    RequestFilter(statuses=WITH_US), RequestFilter(search="нұр"), RequestFilter(group_id=3),
    RequestFilter(descending=False), RequestFilter(sort=SortKey.CHILD),
    RequestFilter(deadline=Deadline.OVERDUE)], ids=lambda f: filter_id(f, 46))
def test_any_other_list_is_left_to_the_queries(cache: Cache, f: RequestFilter) -> None:
    assert request_list.opening_page(cache, f, 50) is None


def test_undated_requests_on_the_first_page_are_left_to_the_queries(tmp_path: Path) -> None:
    cache = copy_of_cache(tmp_path)
    try:
        with cache.write() as session:
            session.execute(update(Request).where(Request.id > 20).values(requested_at=None))
        dated = request_list.opening_page(cache, RequestFilter(), 20)
        assert dated is not None and len(dated) == 20
        assert request_list.opening_page(cache, RequestFilter(), 21) is None
        with cache.read() as session:
            assert queries.page_ids(session, RequestFilter(), 0, 21)[:20] == \
                [row.id for row in dated]
    finally:
        cache.close()
