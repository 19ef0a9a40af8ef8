"""The client's vocabulary is the portal's: statuses, document kinds, decline codes, the
mutations it sends, and the enumerations of the committed openapi.json. The client never
imports the sandbox, so only a test can hold the two side by side; a word added on one
side and not the other fails here, not on a director's desk."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desktop.models.domain import (
    DOCUMENT_KINDS,
    NOT_UPLOADED,
    REQUIRED_DOCUMENTS,
    DocumentStatus,
    Role,
    Status,
)
from desktop.services import review, vocabulary
from desktop.views.widgets.request_detail import QUEUE_TYPES
from portal_sandbox import lifecycle, mutations, notices

ROOT = Path(__file__).resolve().parents[1]
OPENAPI = json.loads((ROOT / "portal_sandbox" / "openapi.json").read_text(encoding="utf-8"))


def enum(schema: str, field: str) -> list[str]:
    """The enumeration of a field of a schema of openapi.json (directly, or in its items
    or anyOf)."""
    found = OPENAPI["components"]["schemas"][schema]["properties"][field]
    for way in (found, found.get("items", {}), *found.get("anyOf", [])):
        if "enum" in way:
            return list(way["enum"])
    raise AssertionError(f"{schema}.{field} has no enumeration")


def test_request_statuses_are_the_portals() -> None:
    assert [s.value for s in Status] == list(lifecycle.STATUSES)
    assert set(vocabulary.REQUEST_STATUSES) == {s.value for s in Status}


def test_document_kinds_are_the_portals() -> None:
    assert list(DOCUMENT_KINDS) == list(notices.DOCUMENT_KINDS)
    assert list(REQUIRED_DOCUMENTS) == list(notices.REQUIRED_DOCUMENTS)
    assert set(vocabulary.DOCUMENT_KINDS) == set(notices.DOCUMENT_KINDS)


def test_document_statuses_are_the_portals() -> None:
    assert [s.value for s in DocumentStatus] == list(lifecycle.DOCUMENT_STATUSES)
    # ... and the window has words for each, and for a document not uploaded.
    assert set(vocabulary.DOCUMENT_STATUSES) == {*DocumentStatus, NOT_UPLOADED}
    assert NOT_UPLOADED not in lifecycle.DOCUMENT_STATUSES


def test_the_decline_codes_the_client_names_exist_on_the_portal() -> None:
    assert {review.OTHER_REASON, review.NO_PLACES_REASON} <= set(notices.DECLINE_REASONS)


def sent_mutations() -> set[str]:
    """Every intent name the client's services record into the outbox."""
    names: set[str] = set()
    for path in (ROOT / "desktop" / "services").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'record\(session, "([a-z_]+)"', text))
        names |= set(re.findall(r'"(send_contract|countersign_contract)"', text))
    return names


def test_every_mutation_the_client_sends_is_one_the_portal_takes() -> None:
    names = sent_mutations()
    assert {"accept_request", "decline_request", "return_documents", "send_contract",
            "countersign_contract", "create_group", "set_capacity"} <= names
    assert names <= set(mutations.HANDLERS), names - set(mutations.HANDLERS)
    # ... and the window has words for each in the outbox list.
    assert names <= set(vocabulary.ACTIONS), names - set(vocabulary.ACTIONS)


def test_the_enumerations_of_openapi_are_the_clients() -> None:
    roles: Any = enum("StaffIn", "roles")
    assert set(roles) == {r.value for r in Role} == set(vocabulary.ROLES)
    assert set(enum("GroupIn", "kind")) == set(vocabulary.GROUP_KINDS)
    assert set(enum("GroupIn", "language")) == set(vocabulary.GROUP_LANGUAGES)
    assert set(enum("ApplicationIn", "queue_type")) <= set(QUEUE_TYPES)
