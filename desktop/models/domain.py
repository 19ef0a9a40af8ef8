"""The portal's vocabulary as the client uses it: statuses, document kinds, decisions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

# The longest comment the portal keeps (a decline's, a returned document's), in characters
# (docs/portal-api.md, "Mutations").
COMMENT_LIMIT = 2000


class Status(StrEnum):
    QUEUED = "queued"
    VOUCHER_ISSUED = "voucher_issued"
    STOP_LIST = "stop_list"
    CHOOSING = "choosing"
    AWAITING_CONTRACT = "awaiting_contract"
    CONTRACT_SENT = "contract_sent"
    AWAITING_COUNTERSIGN = "awaiting_countersign"
    ENROLLED = "enrolled"
    ARCHIVED = "archived"


# While a request sits with the kindergarten, the parent's enrollment window runs.
WINDOW_STATUSES = frozenset({Status.AWAITING_CONTRACT, Status.CONTRACT_SENT,
                             Status.AWAITING_COUNTERSIGN})

class DocumentStatus(StrEnum):
    """Where a parent's document stands on the portal."""

    RECEIVED = "received"  # uploaded (or uploaded again), not reviewed yet
    ACCEPTED = "accepted"
    RETURNED = "returned"  # for correction, with a comment: waits for the parent


# A document the parent has not uploaded has no status on the portal; the client shows it so.
NOT_UPLOADED = "missing"

DOCUMENT_KINDS = ("form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u",
                  "pmpk")
REQUIRED_DOCUMENTS = DOCUMENT_KINDS[:5]

# Feed object types the client keeps, in the order a snapshot is best applied.
FEED_TYPES = ("kindergarten", "group", "request", "document", "contract", "notification",
              "forecast")


@dataclass(frozen=True)
class DeclineReason:
    """One of the portal's reasons to decline a request, in its languages."""

    code: str
    labels: Mapping[str, str] = field(hash=False)  # {language: text}

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("ru") or self.labels.get(
            "en") or self.code


class Role(StrEnum):
    DIRECTOR = "director"
    METHODOLOGIST = "methodologist"
    ADMINISTRATOR = "administrator"


class Outcome(StrEnum):
    APPLIED = "applied"
    CONFLICT = "conflict"
    INVALID = "invalid"
    RETRY_LATER = "retry_later"


def parse_moment(value: Any) -> datetime | None:
    """A moment of the portal's JSON (ISO 8601), aware; None where it is missing or not a
    moment. The portal always sends an offset; one without is taken as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
