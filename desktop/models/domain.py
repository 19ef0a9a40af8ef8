"""The portal's vocabulary as the client uses it: statuses, document kinds, decisions."""

from __future__ import annotations

from enum import StrEnum


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

DOCUMENT_KINDS = ("form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u",
                  "pmpk")
REQUIRED_DOCUMENTS = DOCUMENT_KINDS[:5]

# Feed object types the client keeps, in the order a snapshot is best applied.
FEED_TYPES = ("kindergarten", "group", "request", "document", "contract", "notification",
              "forecast")


class Role(StrEnum):
    DIRECTOR = "director"
    METHODOLOGIST = "methodologist"
    ADMINISTRATOR = "administrator"


class Outcome(StrEnum):
    APPLIED = "applied"
    CONFLICT = "conflict"
    INVALID = "invalid"
    RETRY_LATER = "retry_later"
