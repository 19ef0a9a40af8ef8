"""The sandbox's committed OpenAPI document, `portal_sandbox/openapi.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

COMMITTED = Path(__file__).resolve().parents[2] / "portal_sandbox" / "openapi.json"


def committed_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(COMMITTED.read_text(encoding="utf-8"))
    return document
