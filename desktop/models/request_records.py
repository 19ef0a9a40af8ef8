"""One request as the cache holds it, with its group and its documents, as plain records:
what its detail window, its decisions, its documents and its summary sheet show. Kept
apart from the queries of models/requests.py, which need SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.models.domain import DeclineReason
from desktop.models.group_records import GroupPlaces


@dataclass(frozen=True)
class DocumentState:
    """One of a request's documents as the cache holds it."""

    kind: str
    status: str  # a DocumentStatus (or a newer portal's code)
    comment: str = ""
    id: int | None = None
    sha256: str = ""
    size: int | None = None
    content_type: str = ""
    uploaded_at: datetime | None = None


@dataclass(frozen=True)
class RequestDetails:
    """A request with its group (None when the parent chose none) and its documents, by
    kind. `decline_reasons` is the portal's list, which a detail window reads with the
    request (`services.review.decline_reasons`) to name the reason of a decline; empty
    elsewhere."""

    id: int
    number: int
    status: str
    review: str | None
    pending: bool
    child_name: str
    child_iin: str
    child_birth_date: date  # date.min when the portal sent none (see birth_date)
    languages: str
    requested_at: datetime | None
    deadline: datetime | None
    data: dict[str, Any]
    group: GroupPlaces | None
    documents: tuple[DocumentState, ...]
    decline_reasons: tuple[DeclineReason, ...] = ()

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(code for code in self.languages.split(",") if code)

    @property
    def birth_date(self) -> date | None:
        return None if self.child_birth_date == date.min else self.child_birth_date
