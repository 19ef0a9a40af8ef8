"""Where a request stands on its way to a signed contract, as the contracts page lists it.

Plain values, apart from `desktop.services.contract_flow` (which reads and makes them), so
the page and its model load without the signing and PDF libraries the workflow needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Revision = Literal["sent", "parent_signed", "countersigned"]

# Where a request stands on its way to a signed contract.
TO_SEND = "to_send"  # accepted, no contract sent yet
SENDING = "sending"  # sent here, the portal has not confirmed yet
WITH_PARENT = "with_parent"  # the parent has it to sign
TO_COUNTERSIGN = "to_countersign"  # signed by the parent, the director's turn
COUNTERSIGNING = "countersigning"  # countersigned here, the portal has not confirmed yet
ENROLLED = "enrolled"
CLOSED = "closed"  # the request is no longer with the kindergarten (archived, withdrawn)


@dataclass(frozen=True)
class ContractItem:
    """One request on its way to a signed contract, with its contract once there is one."""

    request_id: int
    request_number: int | None
    child_name: str
    group_name: str
    request_status: str
    review: str | None
    languages: tuple[str, ...]
    contract_id: int | None = None
    contract_status: str | None = None
    sent_at: datetime | None = None
    parent_signed_at: datetime | None = None
    countersigned_at: datetime | None = None
    sent_sha256: str | None = None
    parent_signed_sha256: str | None = None
    countersigned_sha256: str | None = None
    waiting: str | None = None  # "send" or "countersign": recorded here, not yet confirmed
    missing_documents: tuple[str, ...] = ()  # required kinds not accepted yet

    @property
    def id(self) -> int:
        return self.request_id

    @property
    def stage(self) -> str:
        status = self.request_status
        if status == "awaiting_contract":
            return SENDING if self.waiting == "send" else TO_SEND
        if status == "contract_sent":
            return WITH_PARENT
        if status == "awaiting_countersign":
            return COUNTERSIGNING if self.waiting == "countersign" else TO_COUNTERSIGN
        if status == "enrolled":
            return ENROLLED
        return CLOSED

    @property
    def signed(self) -> bool:
        """Whether the contract carries a signature (there is something to verify)."""
        return bool(self.parent_signed_sha256 or self.countersigned_sha256)

    @property
    def latest_revision(self) -> Revision | None:
        if self.countersigned_sha256:
            return "countersigned"
        if self.parent_signed_sha256:
            return "parent_signed"
        if self.sent_sha256:
            return "sent"
        return None

    def sha256(self, revision: Revision) -> str | None:
        return {"sent": self.sent_sha256, "parent_signed": self.parent_signed_sha256,
                "countersigned": self.countersigned_sha256}[revision]
