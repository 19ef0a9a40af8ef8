"""Listing, filtering, counting and paging the cached requests, in SQL.

A cache holds up to ~100,000 requests of ~5 KB each (the portal's JSON), and SQLCipher
decrypts every page it reads, so a plan that reads table rows to test a condition costs
seconds. Nothing here loads the table into Python, and the list's queries read covering
indexes only, named with INDEXED BY because SQLite's planner, without statistics, prefers a
narrow index plus table reads (`tables.Request` and migrations 0003-0004 declare them):

- `ix_requests_recent` (requested_at, the filter columns, `search`) pages the default order
  (newest first) with every filter and the search tested inside the index: the first page
  costs what it takes to find a page of matches, however many there are.
- `ix_requests_by_id` (id, the filter columns, requested_at, `search`) answers a search that
  matched few requests: its ids drive, each looked up there, and the few rows are sorted.
- every other order pages its single-column index (which ends in the rowid, so ties break
  by id), testing the filters and the search against their ids.
- the FTS5 trigram index `requests_fts` finds and counts a search's requests (`_search`).
- a count under filters walks the one filter's own index, or `ix_requests_by_id`.

Some orders are split into *segments*: by status, review, language or group the order is a
fixed list of values (lifecycle order, group names), each value a segment ordered by id; a
nullable date is its dated rows by the index, then its undated rows by id. A page starting
past the first segment needs the sizes of the segments before it, which a caller keeps in a
`Memo` while its data and filter do not change (with the search's count and the like).

The queries are SQLite's (INDEXED BY, FTS5, a unary plus that keeps a term off an index)
because the cache is SQLCipher; `count` and the pages cost milliseconds at 100,000
requests once `_tune` has given the connection a page cache that holds these indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast
from weakref import WeakKeyDictionary

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    case,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import TableClause

from desktop.models import request_list
from desktop.models.request_list import (
    LANGUAGE_ORDER,
    LANGUAGE_VALUES,
    REVIEW_ORDER,
    STATUS_ORDER,
    AgeOn,
    Deadline,
    Memo,
    RequestFilter,
    RowData,
    SortKey,
)
from desktop.models.search_text import fold
from desktop.models.sessions import Sessions
from desktop.models.tables import NAME_SORT_SQL, NAME_SORT_SUBSTITUTIONS, Group, Request

# FTS5's trigram tokenizer indexes substrings of three characters.
TRIGRAM = 3
# A search that matched at most this many requests is paged from its ids (looked up and
# sorted, a few microseconds each); a broader one by walking the order's index until a page
# of matches is found (a fraction of a microsecond per entry, but 1/density entries per
# row). Measured at 100,000 requests and pages of 50: ~3 us per id looked up, ~0.4 us per
# entry walked, so the two cost the same near 800 matches. When a one-letter word is tested
# on top (`_Search.exact` is false), some 5-10% of the trigram index's matches remain and
# the walk is that much longer: the two cost the same near 3,000.
NARROW = 600
NARROW_UNTIL_TESTED = 3000
# A number of up to this many digits begins a quarter of all numbers and IINs or more.
SHORT_NUMBER = 3




def _search_of(session: Session, memo: Memo, f: RequestFilter) -> Any:
    """The search of `f`, built once per filter and kept in its memo."""
    if memo.search is None:
        memo.search = (_search(session, f.search),)
    return memo.search[0]


def name_sort_key(name: str) -> str:
    """Python's twin of the name index's expression (for references and tests)."""
    for letter, key in NAME_SORT_SUBSTITUTIONS:
        name = name.replace(letter, key)
    return name


NAME_SORT: ColumnElement[str] = literal_column(NAME_SORT_SQL)
# The mapped table, as the table it is (the declarative API types it as a FROM clause).
_REQUESTS = cast(TableClause, Request.__table__)
_GROUPS = cast(TableClause, Group.__table__)


# --- `requests INDEXED BY ...` ------------------------------------------------------------


class _Indexed(TableClause):
    """The requests table read through one named index (SQLite's INDEXED BY), or by rowid
    only (NOT INDEXED). One subclass per index, because SQLAlchemy's statement cache keys
    on the class: two indexes must never share a cached statement."""

    inherit_cache = True
    index_name = ""


NOT_INDEXED = "NOT INDEXED"


_indexed: dict[str, _Indexed] = {}


def using(index: str) -> _Indexed:
    """`requests INDEXED BY index` (NOT_INDEXED: by rowid only), with typed columns. One
    object per index: a query never nests the same index in itself, so SQLAlchemy's
    correlation of a subquery to its enclosing query never applies."""
    found = _indexed.get(index)
    if found is None:
        suffix = "rowid" if index == NOT_INDEXED else index
        cls = type(f"_Indexed_{suffix}", (_Indexed,), {"inherit_cache": True,
                                                       "index_name": index})
        found = _indexed[index] = cls(
            "requests", *(column(c.name, c.type) for c in Request.__table__.c))
    return found


@compiles(_Indexed, "sqlite")
def _render_indexed(element: _Indexed, compiler: SQLCompiler, **kw: Any) -> str:
    text = compiler.visit_table(element, **kw)
    if kw.get("asfrom"):
        name = element.index_name
        text += f" {name}" if name == NOT_INDEXED else f" INDEXED BY {name}"
    return text


IX_BY_ID = "ix_requests_by_id"
IX_RECENT = "ix_requests_recent"
BY_ID_COLUMNS = frozenset({"id", "status", "languages", "group_id", "child_birth_date",
                           "deadline", "requested_at", "search"})
SORT_INDEX = {
    SortKey.NUMBER: "ix_requests_number",
    SortKey.CHILD: "ix_requests_name_sort",
    SortKey.BIRTH_DATE: "ix_requests_child_birth_date",
    SortKey.GROUP: "ix_requests_group_id",
    SortKey.LANGUAGES: "ix_requests_languages",
    SortKey.STATUS: "ix_requests_status",
    SortKey.REVIEW: "ix_requests_review",
    SortKey.REQUESTED_AT: IX_RECENT,
    SortKey.DEADLINE: "ix_requests_deadline",
}

_fts = table("requests_fts", column("rowid"), column("requests_fts"))
_vocab = table("requests_fts_vocab", column("term"))
_has_fts: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def has_fts(session: Session) -> bool:
    """Whether this cache has the trigram index (migration 0003 skips it without FTS5)."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    if engine not in _has_fts:
        master = table("sqlite_master", column("type"), column("name"))
        found = session.execute(select(func.count()).select_from(master).where(
            master.c.type == "table", master.c.name == "requests_fts")).scalar_one()
        _has_fts[engine] = bool(found)
    return _has_fts[engine]


# SQLite's page cache holds pages decrypted. The default (8 MB) is smaller than the indexes
# one list query walks at 100,000 requests, so every query decrypted them again; 16 MB per
# connection (used only as pages are read) keeps them decrypted between queries. More
# bought little (keystroke p95 7.6 ms at 16 MB, 5.4 ms at 32 MB) and cost 30 MB of memory
# for each of the two or three connections the pages and their background reads hold.
LIST_CACHE_KIB = 16384


def _tune(session: Session) -> None:
    """Give this connection (pooled, so once per connection) the page cache the list needs."""
    connection = session.connection()
    info = connection.connection.info
    if info.get("list_cache_kib") != LIST_CACHE_KIB:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{LIST_CACHE_KIB}")
        info["list_cache_kib"] = LIST_CACHE_KIB


# --- the public functions -----------------------------------------------------------------


def count(session: Session, f: RequestFilter, memo: Memo | None = None) -> int:
    """How many requests match `f`. Cheap (`cheap_count`) for a search alone: the trigram
    index counts its matches. With filters it walks the filter's own index (one filter) or
    `ix_requests_by_id`, probing the search's ids; or looks up the ids of a narrow search."""
    _tune(session)
    memo = (memo or Memo()).for_filter(f)
    search = _search_of(session, memo, f)
    if not f.filters_rows:
        if search is None:
            return _scalar(session, select(func.count()).select_from(_REQUESTS))
        if search.exact:
            return _search_count(session, search, memo)
    if search is not None and _few(session, search, memo, f.filters_rows):
        t = using(IX_BY_ID)
        return _scalar(session, select(func.count()).select_from(t).where(
            *search.found(t), *_filters(session, f, t, residual=True)))
    if search is None or search.exact:
        t = using(_filter_index(f)) if f.filters_rows else using(IX_BY_ID)
        probe = [] if search is None else [(t.c.id + 0).in_(search.ids)]
        return _scalar(session, select(func.count()).select_from(t).where(
            *_filters(session, f, t), *probe))
    # Words the trigram index was not asked about: tested on `search` in the index.
    t = using(IX_BY_ID)
    return _scalar(session, select(func.count()).select_from(t).where(
        *_filters(session, f, t), (t.c.id + 0).in_(search.ids), *search.on_text(t)))


def cheap_count(f: RequestFilter) -> bool:
    """Whether `count(f)` costs about what a page costs (worth doing as the user types):
    a search alone that the trigram index counts by itself (not a one-letter word beside
    longer ones), or a number of four digits or more (fewer match a quarter of all
    requests or more, whose count walks two indexes)."""
    if f.filters_rows:
        return False
    digits = number_search(f.search)
    if digits is not None:
        return len(digits) > SHORT_NUMBER
    return not _split_words(search_words(f.search))[1]


def _filter_index(f: RequestFilter) -> str:
    """The narrowest index holding every column `f` filters on."""
    single = {
        "status": bool(f.statuses), "group_id": f.group_id is not None,
        "languages": f.language is not None, "deadline": f.deadline is not Deadline.ANY,
        "child_birth_date": (f.age_from is not None or f.age_to is not None),
    }
    used = [name for name, on in single.items() if on]
    if used == ["child_birth_date"] and f.age_on is AgeOn.GROUP_START:
        used.append("group_id")  # aged on each group's start
    return f"ix_requests_{used[0]}" if len(used) == 1 else IX_BY_ID


def page_ids(session: Session, f: RequestFilter, offset: int, limit: int,
             memo: Memo | None = None) -> list[int]:
    """The ids of rows offset..offset+limit-1 in the filter's order (ties broken by id)."""
    if limit <= 0:
        return []
    _tune(session)
    memo = (memo or Memo()).for_filter(f)
    plan = _Plan(session, f, memo)
    if plan.driver in (IX_BY_ID, NOT_INDEXED) and len(plan.segments) > 1:
        # Few rows, sorted in memory anyway: one query, its segments ranked in the ORDER BY,
        # rather than one query (and one pass over the matches) per segment.
        return list(session.execute(plan.ranked().offset(offset).limit(limit)).scalars())
    out: list[int] = []
    skip = offset
    for index, segment in enumerate(plan.segments):
        if len(out) >= limit:
            break
        if skip > 0 and index < len(plan.segments) - 1:
            if index not in memo.sizes:
                memo.sizes[index] = _scalar(session, plan.count(segment))
            if skip >= memo.sizes[index]:
                skip -= memo.sizes[index]
                continue
        query = plan.ids(segment).offset(skip).limit(limit - len(out))
        out.extend(session.execute(query).scalars())
        skip = 0
    return out


def rows(session: Session, ids: Iterable[int]) -> dict[int, RowData]:
    wanted = list(ids)
    if not wanted:
        return {}
    _tune(session)
    # Plain SQL on the session's connection (request_list.rows, which the window's first
    # page uses too): building a statement with a bound parameter per id was a quarter of
    # a keystroke's work.
    return request_list.rows(session.connection().connection, wanted)


def position(session: Session, f: RequestFilter, request_id: int,
             memo: Memo | None = None) -> int | None:
    """The row of `request_id` in the filter's order, or None when it does not match.

    Counts the rows of the segments before its own, then the rows before it in its own,
    with the same indexes as the pages: about what a page at that offset costs.
    """
    _tune(session)
    memo = (memo or Memo()).for_filter(f)
    # Its sort value, and whether and in which segment it matches, from its own row.
    plain = _Plan(session, f, memo, driver=NOT_INDEXED)
    found = session.execute(select(
        _sort_column(f, plain.base), *(s.where for s in plain.segments))
        .where(plain.base.c.id == request_id, *plain.conditions())).first()
    if found is None:
        return None
    value, inside = found[0], found[1:]
    plan = _Plan(session, f, memo)
    before = 0
    for index, segment in enumerate(plan.segments):
        if inside[index]:
            ahead = _before(segment, request_id, f.descending, value)
            return before + _scalar(session, plan.count(segment).where(ahead))
        if index not in memo.sizes:
            memo.sizes[index] = _scalar(session, plan.count(segment))
        before += memo.sizes[index]
    return None


def _scalar(session: Session, query: Select[Any]) -> int:
    return int(session.execute(query).scalar_one())


# --- read from the cache: what the list's views ask, each in a session of its own ---------


@dataclass(frozen=True)
class Page:
    """Requests of a list in its order with their rows; for a first page, whether more
    follow it (`more`) and, when they do and they were asked to be counted, how many match
    in all (`count`)."""

    ids: list[int]
    rows: dict[int, RowData]
    more: bool = False
    count: int | None = None


def read_page(cache: Sessions, f: RequestFilter, offset: int, limit: int,
              memo: Memo | None = None) -> Page:
    """Rows offset..offset+limit-1 of `f`."""
    with cache.read() as session:
        ids = page_ids(session, f, offset, limit, memo)
        return Page(ids, rows(session, ids))


def read_first_page(cache: Sessions, f: RequestFilter, limit: int, memo: Memo | None = None,
                    *, counted: bool = False) -> Page:
    """The first `limit` rows of `f`, whether more follow, and with `counted` the count of
    them all when they do: one session, so the count is of the data the page shows."""
    with cache.read() as session:
        ids = page_ids(session, f, 0, limit + 1, memo)
        more = len(ids) > limit
        ids = ids[:limit]
        found = rows(session, ids)
        total = count(session, f, memo) if more and counted else None
    return Page(ids, found, more, total)


def read_count(cache: Sessions, f: RequestFilter, memo: Memo | None = None) -> int:
    """`count` in a session of its own."""
    with cache.read() as session:
        return count(session, f, memo)


def read_position(cache: Sessions, f: RequestFilter, request_id: int,
                  memo: Memo | None = None) -> int | None:
    """`position` in a session of its own."""
    with cache.read() as session:
        return position(session, f, request_id, memo)


def ids_in_ranges(cache: Sessions, f: RequestFilter, ranges: Sequence[tuple[int, int]]
                  ) -> list[int]:
    """The ids of the requests on `ranges` rows (first, count) of the list under `f`, in
    its order."""
    ids: list[int] = []
    memo = Memo()
    with cache.read() as session:
        for first, many in ranges:
            ids.extend(page_ids(session, f, first, many, memo))
    return list(dict.fromkeys(ids))


# --- filters ------------------------------------------------------------------------------


def _filters(session: Session, f: RequestFilter, t: TableClause, *,
             residual: bool = False) -> list[ColumnElement[bool]]:
    """The conditions besides the search, on columns every covering index holds.
    `residual`: tested on rows found otherwise (by id), never used to search the index:
    SQLite would otherwise look each id up once per status or language in the list."""
    c = _Columns(t, residual)
    conditions: list[ColumnElement[bool]] = []
    if f.statuses:
        conditions.append(c.status.in_(sorted(f.statuses)))
    if f.group_id is not None:
        conditions.append(c.group_id == f.group_id)
    if f.language is not None:
        conditions.append(c.languages.in_(LANGUAGE_VALUES[f.language]))
    if f.age_from is not None or f.age_to is not None:
        conditions.append(_age(session, f, c))
    if f.deadline is Deadline.OVERDUE:
        conditions.append(c.deadline < f.moment())
    elif f.deadline is Deadline.WITHIN:
        if f.deadline_until is None:
            raise ValueError("Deadline.WITHIN needs deadline_until")
        conditions.append(and_(c.deadline >= f.moment(), c.deadline < f.deadline_until))
    return conditions


class _Columns:
    """The filter columns of `t`, as they are or (residual) behind SQLite's unary plus,
    which keeps a term from being used to search an index."""

    def __init__(self, t: TableClause, residual: bool) -> None:
        def column_of(name: str) -> Any:
            col = t.c[name]
            if not residual:
                return col
            return UnaryExpression(col, operator=operators.custom_op("+"), type_=col.type)

        self.status = column_of("status")
        self.group_id = column_of("group_id")
        self.languages = column_of("languages")
        self.child_birth_date = column_of("child_birth_date")
        self.deadline = column_of("deadline")


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _birth_range(c: _Columns, day: date, age_from: int | None,
                 age_to: int | None) -> ColumnElement[bool]:
    # age >= a  <=>  born on or before the day a years earlier;
    # age <= b  <=>  born after the day b + 1 years earlier.
    conditions = []
    if age_from is not None:
        conditions.append(c.child_birth_date <= years_before(day, age_from))
    if age_to is not None:
        conditions.append(c.child_birth_date > years_before(day, age_to + 1))
    return and_(*conditions)


def _age(session: Session, f: RequestFilter, c: _Columns) -> ColumnElement[bool]:
    today = f.day()
    if f.age_on is AgeOn.TODAY:
        return _birth_range(c, today, f.age_from, f.age_to)
    # On the group's start: one birth-date range per group (a kindergarten has tens of
    # groups); a request without a group this cache knows is aged today.
    query = select(_GROUPS.c.id, _GROUPS.c.starts_on)
    if f.group_id is not None:
        query = query.where(_GROUPS.c.id == f.group_id)
    groups = session.execute(query).all()
    clauses = [and_(c.group_id == gid, _birth_range(c, starts, f.age_from, f.age_to))
               for gid, starts in groups]
    ungrouped = or_(c.group_id.is_(None), c.group_id.not_in([gid for gid, _ in groups]))
    clauses.append(and_(ungrouped, _birth_range(c, today, f.age_from, f.age_to)))
    return or_(*clauses)


# --- search -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Search:
    """A search. `ids`: the requests the trigram index (or a number's indexes) found, all
    the matches when `exact`, else a superset that `on_text` narrows; `counted`: their
    number; neither reads the table. `on_text(t)`: the whole test as conditions on the
    `search` column of `t` (for indexes that hold it)."""

    ids: Select[Any]
    counted: Select[Any]
    on_text: Callable[[TableClause], list[ColumnElement[bool]]]
    exact: bool
    cheap: bool = True  # counting all its ids costs about a page (not a short number)

    def found(self, t: TableClause) -> list[ColumnElement[bool]]:
        """The matches, driven by their ids (looked up in `t`)."""
        return [t.c.id.in_(self.ids), *([] if self.exact else self.on_text(t))]


def search_words(text: str) -> list[str]:
    # `search` is stored folded (models.search_text): the query is folded the same way.
    return fold(text).split()


def number_search(text: str) -> str | None:
    """The digits of a search for a request number or an IIN ("257062", "№257062")."""
    stripped = text.strip().lstrip("#№").strip()
    return stripped if stripped.isascii() and stripped.isdigit() else None


def _like(word: str) -> str:
    """`search LIKE` pattern of one word, the same test as its FTS5 query (`_search`)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if len(word) >= TRIGRAM:
        return "%" + escaped + "%"
    # A short word starts a word; one letter must be followed by something, as a trigram.
    return "% " + escaped + ("%" if len(word) == 2 else "_%")


def _search(session: Session, text: str) -> _Search | None:
    """Digits alone find a request number or a child's IIN by its beginning. Otherwise every
    word must be in the request's search text ("number name IIN", lower case): a word of
    three characters or more anywhere, a shorter one at the start of a word (a substring of
    one or two letters would match nearly every name)."""
    if not text.strip():
        return None
    digits = number_search(text)
    if digits is not None:
        def number_on_text(t: TableClause) -> list[ColumnElement[bool]]:
            # `search` is "number name iin": the number starts it, and the IIN is the only
            # word of digits after a space (names have none).
            return [or_(t.c.search.like(digits + "%"), t.c.search.like("% " + digits + "%"))]

        ids = select(_REQUESTS.c.id).where(_number_or_iin_prefix(digits))
        return _Search(ids, select(func.count()).select_from(ids.subquery()), number_on_text,
                       True, cheap=len(digits) > SHORT_NUMBER)
    words = search_words(text)

    def on_text(t: TableClause) -> list[ColumnElement[bool]]:
        return [t.c.search.like(_like(w), escape="\\") for w in words]

    if not has_fts(session):
        # Without FTS5 (a SQLCipher build without it): correct, but reads the whole table.
        ids = select(_REQUESTS.c.id).where(*on_text(_REQUESTS))
        return _Search(ids, select(func.count()).select_from(ids.subquery()), on_text, True)
    asked, rest = _split_words(words)
    terms = [_phrase(w) if len(w) >= TRIGRAM else _phrase(" " + w) if len(w) == 2
             else _word_start(session, w) for w in asked]
    if None in terms:
        nothing = select(_REQUESTS.c.id).where(false())
        return _Search(nothing, select(func.count()).select_from(nothing.subquery()), on_text,
                       True)
    match = _fts.c.requests_fts.op("MATCH")(" AND ".join(t for t in terms if t))
    return _Search(select(_fts.c.rowid).where(match),
                   select(func.count()).select_from(_fts).where(match), on_text, not rest)


def _split_words(words: list[str]) -> tuple[list[str], list[str]]:
    """(words to ask the trigram index, words left to `on_text`). A one-letter word is an
    OR of every trigram that starts it, dozens of long lists: asked only when alone."""
    longer = [w for w in words if len(w) > 1]
    if not longer:
        return words, []
    return longer, [w for w in words if len(w) == 1]


def _search_count(session: Session, search: _Search, memo: Memo) -> int:
    if memo.search_count is None:
        memo.search_count = _scalar(session, search.counted)
    return memo.search_count


def _few(session: Session, search: _Search, memo: Memo, filtered: bool) -> bool:
    """Whether the search found few enough requests to page them by id, counting no
    further than that (a one-digit number matches most of the cache). Other filters keep
    a part of the matches (half, say), which would make the walk that much longer."""
    narrow = (NARROW if search.exact else NARROW_UNTIL_TESTED) * (2 if filtered else 1)
    if search.exact and search.cheap and not filtered:
        # Its count is the list's, wanted anyway: count once, exactly.
        return _search_count(session, search, memo) <= narrow
    if memo.search_count is not None:
        return memo.search_count <= narrow
    if narrow not in memo.few:
        some = search.ids.limit(narrow + 1).subquery()
        memo.few[narrow] = _scalar(session, select(func.count()).select_from(some)) <= narrow
    return memo.few[narrow]


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _word_start(session: Session, letter: str) -> str | None:
    # A one-letter word starts a word: some trigram " x?" is in the text. The trigrams the
    # index holds that begin so are read from its vocabulary (a few dozen), so the MATCH is
    # exact whatever alphabet the names use.
    start, end = " " + letter, " " + chr(ord(letter) + 1)
    terms = session.execute(select(_vocab.c.term).where(
        _vocab.c.term >= start, _vocab.c.term < end)).scalars().all()
    if not terms:
        return None
    return "(" + " OR ".join(_phrase(term) for term in terms) + ")"


def _number_or_iin_prefix(digits: str) -> ColumnElement[bool]:
    # Ranges, not LIKE: SQLite's LIKE uses an index only on NOCASE columns. Each range is
    # answered by its own index (number or child_iin) and yields rowids only (a MULTI-INDEX
    # OR), so no table row is read.
    iin_end = digits[:-1] + chr(ord(digits[-1]) + 1)
    r = _REQUESTS.c
    clauses: list[ColumnElement[bool]] = [and_(r.child_iin >= digits, r.child_iin < iin_end)]
    if not digits.startswith("0") and len(digits) <= 12:
        start = int(digits)
        for extra in range(13 - len(digits)):
            scale = 10 ** extra
            clauses.append(and_(r.number >= start * scale, r.number < (start + 1) * scale))
    return or_(*clauses)


# --- order and segments -------------------------------------------------------------------


@dataclass(frozen=True)
class _Segment:
    where: ColumnElement[bool]
    order: Sequence[Any]  # ORDER BY terms: the sort column (if any), then id


def _sort_column(f: RequestFilter, t: TableClause) -> Any:
    if f.sort is SortKey.CHILD:
        return NAME_SORT
    name = {SortKey.BIRTH_DATE: "child_birth_date", SortKey.GROUP: "group_id"}.get(
        f.sort, f.sort.value)
    return t.c[name]


class _Plan:
    """The queries of one filter: which index drives, its segments, and how the filters
    and the search are tested."""

    def __init__(self, session: Session, f: RequestFilter, memo: Memo,
                 driver: str | None = None) -> None:
        self.session, self.f = session, f
        self.search = _search_of(session, memo, f)
        if driver is None:
            driver = SORT_INDEX[f.sort]
            if self.search is not None and _few(session, self.search, memo, f.filters_rows):
                # Few matches: look each one up rather than walk the order for them.
                sort_name = "child_name" if f.sort is SortKey.CHILD else \
                    _sort_column(f, _REQUESTS).name
                driver = IX_BY_ID if sort_name in BY_ID_COLUMNS else NOT_INDEXED
        self.driver = driver
        self.base = using(driver)
        self.segments = self._segments()

    def conditions(self) -> list[ColumnElement[bool]]:
        t, f, search = self.base, self.f, self.search
        if self.driver in (IX_BY_ID, NOT_INDEXED):
            # The search's ids drive (looked up by id); the filters are tested on the way.
            found = [] if search is None else search.found(t)
            return [*found, *_filters(self.session, f, t, residual=True)]
        conditions = []
        if self.driver == IX_RECENT:
            # This index holds the filter columns and `search`: tested inside it.
            conditions = _filters(self.session, f, t)
            return [*conditions, *([] if search is None else search.on_text(t))]
        elif f.filters_rows:
            inner = using(IX_BY_ID)
            conditions.append((t.c.id + 0).in_(
                select(inner.c.id).where(*_filters(self.session, f, inner))))
        # `+ 0`: probes into sets of ids, never a way into the sort's index.
        if search is not None:
            if search.exact:
                conditions.append((t.c.id + 0).in_(search.ids))
            else:
                inner = using(IX_BY_ID)
                conditions.append((t.c.id + 0).in_(
                    select(inner.c.id).where(*search.found(inner))))
        return conditions

    def ids(self, segment: _Segment) -> Select[Any]:
        return (select(self.base.c.id).where(segment.where, *self.conditions())
                .order_by(*segment.order))

    def ranked(self) -> Select[Any]:
        """All segments in one query: ordered by segment, then as the segments order (a
        value segment's sort column is constant, so ordering by it changes nothing)."""
        rank = case(*((segment.where, index) for index, segment in enumerate(self.segments)),
                    else_=len(self.segments))
        column_order = max((s.order for s in self.segments), key=len)
        return (select(self.base.c.id).where(*self.conditions())
                .order_by(rank, *column_order))

    def count(self, segment: _Segment) -> Select[Any]:
        return select(func.count()).select_from(self.base).where(segment.where,
                                                                 *self.conditions())

    def _segments(self) -> list[_Segment]:
        f, t = self.f, self.base
        desc = f.descending

        def by(*columns: Any) -> list[Any]:
            return [c.desc() if desc else c.asc() for c in (*columns, t.c.id)]

        segments: list[_Segment]
        if f.sort in (SortKey.NUMBER, SortKey.CHILD, SortKey.BIRTH_DATE):
            segments = [_Segment(true(), by(_sort_column(f, t)))]
        elif f.sort in (SortKey.REQUESTED_AT, SortKey.DEADLINE):
            col = _sort_column(f, t)
            # Rows without a date come last in either direction (so not reversed below).
            return [_Segment(col.is_not(None), by(col)), _Segment(col.is_(None), by())]
        elif f.sort is SortKey.STATUS:
            order = [s for s in STATUS_ORDER if not f.statuses or s in f.statuses]
            segments = self._values(t.c.status, order, by)
        elif f.sort is SortKey.REVIEW:
            segments = self._values(t.c.review, list(REVIEW_ORDER), by)
        elif f.sort is SortKey.LANGUAGES:
            order = [v for v in LANGUAGE_ORDER
                     if f.language is None or v in LANGUAGE_VALUES[f.language]]
            segments = self._values(t.c.languages, order, by)
        elif f.group_id is not None:
            segments = [_Segment(true(), by())]
        else:
            group_ids = list(self.session.execute(
                select(_GROUPS.c.id).order_by(_GROUPS.c.name, _GROUPS.c.id)).scalars())
            segments = self._values(t.c.group_id, group_ids, by)
        return segments[::-1] if desc else segments

    @staticmethod
    def _values(col: Any, order: Sequence[Any], by: Any) -> list[_Segment]:
        segments = [_Segment(col == value, by()) for value in order]
        # Whatever a newer portal sends that this list does not know yet: last, not lost.
        rest = or_(col.is_(None), col.not_in(list(order))) if order else true()
        segments.append(_Segment(rest, by(col)))
        return segments


def _before(segment: _Segment, request_id: int, descending: bool,
            value: Any) -> ColumnElement[bool]:
    """Rows before `request_id` inside its segment, where its sort column holds `value`."""
    order = segment.order
    id_col = order[-1].element
    id_before = id_col > request_id if descending else id_col < request_id
    if len(order) == 1:
        return id_before
    col = order[0].element
    # SQLite sorts NULLs first ascending, last descending (only catch-all segments hold them).
    if value is None:
        if descending:
            return or_(col.is_not(None), and_(col.is_(None), id_before))
        return and_(col.is_(None), id_before)
    if descending:
        return or_(col > value, and_(col == value, id_before))
    return or_(col.is_(None), col < value, and_(col == value, id_before))
