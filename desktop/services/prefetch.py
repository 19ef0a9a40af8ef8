"""Documents fetched in the background, so staff find them on the disk when they need them.

Only the documents of requests that wait on the kindergarten (the contract to send, the
countersignature to give) are worth a site's thin link before anyone asks: those are the
ones staff will open today. The most urgent deadline goes first, a run stops at a byte
budget (and leaves the disk a reserve), and a file over the store's limit is never taken.
Staff may also pick requests themselves (a bulk download): then their documents are
fetched whatever the requests' status, under the same budget and limits.

Plain Python, for a worker thread: `cancel()` (or the `cancelled` callable) may flip from
any thread, and a cancelled download keeps its `.part`, so the next run, or staff opening
the document, carries on from there.
"""

from __future__ import annotations

import logging
import shutil
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import distinct, func, select

from desktop.models import requests
from desktop.models.domain import DOCUMENT_KINDS, DocumentStatus, Status
from desktop.models.tables import Document, Request, StoredFile
from desktop.services.cache import Cache
from desktop.services.documents import (
    DocumentError,
    DocumentStore,
    DownloadCancelled,
)
from desktop.services.portal_api import (
    PortalClient,
    PortalRefused,
    PortalUnreachable,
    SessionExpired,
)

log = logging.getLogger(__name__)

# Requests whose next step is the kindergarten's.
ACTION_STATUSES = (Status.AWAITING_CONTRACT.value, Status.AWAITING_COUNTERSIGN.value)
DEFAULT_BUDGET = 200 * 1024 * 1024
# Never fill the disk for a convenience: staff's own work needs the room more.
DISK_RESERVE = 1024 * 1024 * 1024


@dataclass(frozen=True)
class Wanted:
    """One document to fetch."""

    document_id: int
    request_id: int
    kind: str
    sha256: str
    size: int


@dataclass
class PrefetchSummary:
    planned: int = 0  # documents the run meant to fetch
    fetched: list[int] = field(default_factory=list)  # document ids now on the disk
    fetched_bytes: int = 0
    failed: dict[int, str] = field(default_factory=dict)  # document id -> error class name
    left: int = 0  # documents planned but not fetched (cancelled, portal away)
    cancelled: bool = False
    unreachable: bool = False


def _size(document: Document) -> int | None:
    value = (document.data or {}).get("size")
    return value if isinstance(value, int) and value >= 0 else None


def plan(cache: Cache, store: DocumentStore, request_ids: Iterable[int] | None = None,
         budget: int = DEFAULT_BUDGET, free_bytes: int | None = None) -> list[Wanted]:
    """The documents to fetch now, most urgent request first, within `budget` bytes.

    Without `request_ids`, the documents of the requests that wait on the kindergarten;
    with them, those requests' (staff chose them). Either way a document is wanted when it
    is not returned to the parent (a new file will replace it), its file is not stored yet,
    and it is no larger than the store takes. A file that does not fit what is left of the
    budget is skipped, and smaller ones after it may still be taken. `free_bytes` (the
    disk's free space, measured when not given) less `DISK_RESERVE` caps the budget.
    """
    if free_bytes is None:
        free_bytes = shutil.disk_usage(store.folder).free
    room = min(budget, free_bytes - DISK_RESERVE)
    order = {kind: index for index, kind in enumerate(DOCUMENT_KINDS)}
    query = (select(Document, Request.deadline)
             .join(Request, Request.id == Document.request_id)
             .where(Document.status != DocumentStatus.RETURNED.value)
             .where(~select(StoredFile.sha256).where(StoredFile.sha256 == Document.sha256)
                    .exists()))
    if request_ids is None:
        query = query.where(Request.status.in_(ACTION_STATUSES))
    else:
        query = query.where(Request.id.in_(list(request_ids)))
    with cache.read() as session:
        candidates = [(deadline, document.request_id, order.get(document.kind, len(order)),
                       Wanted(document.id, document.request_id, document.kind,
                              document.sha256.lower(), size))
                      for document, deadline in session.execute(query).all()
                      if (size := _size(document)) is not None]
    # No deadline sorts last (all deadlines are aware UTC datetimes).
    candidates.sort(key=lambda c: (c[0] is None, c[0].timestamp() if c[0] else 0.0,
                                   c[1], c[2]))
    wanted: list[Wanted] = []
    seen: set[str] = set()
    for *_, item in candidates:
        if item.sha256 in seen or item.size > store.max_bytes:
            continue
        # What an earlier run left in a `.part` costs nothing to fetch again.
        cost = item.size - store.partial_size(item.sha256)
        if cost > room:
            continue
        seen.add(item.sha256)
        wanted.append(item)
        room -= cost
    return wanted


def prefetch(store: DocumentStore, client: PortalClient, cache: Cache,
             request_ids: Iterable[int] | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None, *,
             budget: int = DEFAULT_BUDGET, free_bytes: int | None = None) -> PrefetchSummary:
    """Fetch `plan`'s documents one after another; `progress(bytes done, bytes planned)`.

    A document the portal lost, or whose bytes do not verify, is noted and skipped; the
    portal going away or `cancelled()` turning true ends the run (between chunks), the rest
    left for the next. An expired session is raised: signing in again is staff's to do.
    """
    wanted = plan(cache, store, request_ids, budget, free_bytes)
    summary = PrefetchSummary(planned=len(wanted))
    planned = sum(item.size for item in wanted)
    stop = cancelled or (lambda: False)
    base = 0
    for index, item in enumerate(wanted):
        if stop():
            summary.cancelled, summary.left = True, len(wanted) - index
            break

        def report(done: int, total: int, base: int = base) -> None:
            if progress is not None:
                progress(base + done, planned)

        try:
            store.download(client, item.document_id, item.sha256, progress=report,
                           cancelled=stop, size=item.size)
        except DownloadCancelled:
            summary.cancelled, summary.left = True, len(wanted) - index
            break
        except PortalUnreachable:
            log.info("prefetch stopped: the portal cannot be reached")
            summary.unreachable, summary.left = True, len(wanted) - index
            break
        except SessionExpired:
            raise
        except (DocumentError, PortalRefused) as exc:
            log.warning("prefetch of document %s failed: %s", item.document_id, exc)
            summary.failed[item.document_id] = type(exc).__name__
        else:
            summary.fetched.append(item.document_id)
            summary.fetched_bytes += item.size
        base += item.size
        if progress is not None:
            progress(base, planned)
    return summary


class Prefetcher:
    """The background prefetch of the documents that need action, cancellable from any
    thread: `run()` in a worker, `cancel()` from the GUI."""

    def __init__(self, cache: Cache, store: DocumentStore, client: PortalClient, *,
                 budget: int = DEFAULT_BUDGET) -> None:
        self.cache = cache
        self.store = store
        self.client = client
        self.budget = budget
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self, progress: Callable[[int, int], None] | None = None,
            free_bytes: int | None = None) -> PrefetchSummary:
        return prefetch(self.store, self.client, self.cache, None, progress,
                        self._cancelled.is_set, budget=self.budget, free_bytes=free_bytes)


# --- staff's own choice (the requests list's bulk download) -------------------------------


# Ids handed to the prefetch at once: it names them in one SQL statement, and SQLite caps
# a statement's parameters (32,766), which a select-all of a city's list passes.
DOWNLOAD_BATCH = 5000


@dataclass
class BulkDownload:
    """What downloading the selection's documents came to."""

    missing: int = 0  # files of the selection not on this computer when it started
    planned: int = 0  # of those, the ones the run set out to fetch
    stored: int = 0  # files now on the disk
    failed: int = 0  # lost by the portal, damaged on the way, or too large
    left: int = 0  # not fetched when a cancel or the portal's going away ended the run
    cancelled: bool = False
    unreachable: bool = False

    @property
    def skipped(self) -> int:
        """Left out of a whole run's plan: larger than the store takes, or no room on
        the disk."""
        return max(self.missing - self.planned, 0)


def missing_files(cache: Cache, request_ids: Sequence[int]) -> int:
    """How many files of these requests' documents are not stored yet (returned ones do
    not count: the parent sends a new file)."""
    with cache.read() as session:
        return int(session.execute(
            select(func.count(distinct(Document.sha256)))
            .outerjoin(StoredFile, StoredFile.sha256 == Document.sha256)
            .where(Document.request_id.in_(requests.selection(request_ids)),
                   Document.status != DocumentStatus.RETURNED.value,
                   StoredFile.sha256.is_(None))).scalar_one())


def download_documents(store: DocumentStore, client: PortalClient, cache: Cache,
                       request_ids: Sequence[int],
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> BulkDownload:
    """The documents of `request_ids` that are not stored yet, fetched by the prefetch
    (services.prefetch) in batches; `progress(bytes done, bytes planned)` per batch.

    Staff asked for these, so no byte budget applies beyond the disk's own reserve."""
    result = BulkDownload(missing=missing_files(cache, request_ids))
    for start in range(0, len(request_ids), DOWNLOAD_BATCH):
        batch = request_ids[start:start + DOWNLOAD_BATCH]
        summary = prefetch(store, client, cache, batch, progress, cancelled,
                           budget=sys.maxsize)
        result.planned += summary.planned
        result.stored += len(summary.fetched)
        result.failed += len(summary.failed)
        if summary.cancelled or summary.unreachable:
            result.cancelled, result.unreachable = summary.cancelled, summary.unreachable
            # What this batch did not reach, and the batches not begun.
            result.left = max(result.missing - result.stored - result.failed, 0)
            break
    return result
