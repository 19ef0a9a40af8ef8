"""Saved views of the requests list: a person's filters and column arrangement kept under a
name of their choosing, to pick again later, rename or delete.

Kept per person and portal in the profile's settings (one JSON value; the column
arrangement is Qt's header state, in base64), beside the columns they arranged last.
The filters are plain values the requests page sets its widgets from; a value that no
longer fits (a group since removed) is the page's to report.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.services.settings import Settings

log = logging.getLogger(__name__)

NAME_LIMIT = 60


class ViewNameRefused(ValueError):
    """A name that cannot be used; `code` says why: empty, too_long, taken, unknown."""

    def __init__(self, code: str, name: str) -> None:
        super().__init__(f"{code}: {name!r}")
        self.code = code
        self.name = name


@dataclass(frozen=True)
class SavedView:
    name: str
    filters: Mapping[str, Any] = field(default_factory=dict)
    columns: bytes | None = None  # QHeaderView.saveState(); None: fitted to the contents


class SavedViews:
    """The views one person saved, in the order they were saved."""

    def __init__(self, settings: Settings, key: str) -> None:
        self._settings = settings
        self._key = key

    def all(self) -> list[SavedView]:
        raw = self._settings.raw(self._key)
        try:
            stored = json.loads(str(raw)) if raw else []
        except ValueError:
            log.warning("the saved views under %s do not read as JSON; ignored", self._key)
            return []
        views = []
        for item in stored if isinstance(stored, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            columns = item.get("columns")
            views.append(SavedView(
                item["name"], dict(item.get("filters") or {}),
                base64.b64decode(columns) if isinstance(columns, str) and columns else None))
        return views

    def names(self) -> list[str]:
        return [view.name for view in self.all()]

    def get(self, name: str) -> SavedView | None:
        return next((view for view in self.all() if view.name == name), None)

    def save(self, view: SavedView) -> SavedView:
        """Keep `view`, replacing one of the same name (in its place)."""
        name = clean_name(view.name)
        view = SavedView(name, dict(view.filters), view.columns)
        views = self.all()
        at = next((i for i, v in enumerate(views) if v.name == name), None)
        if at is None:
            views.append(view)
        else:
            views[at] = view
        self._write(views)
        return view

    def rename(self, old: str, new: str) -> None:
        name = clean_name(new)
        views = self.all()
        if not any(v.name == old for v in views):
            raise ViewNameRefused("unknown", old)
        if name != old and any(v.name == name for v in views):
            raise ViewNameRefused("taken", name)
        self._write([SavedView(name, v.filters, v.columns) if v.name == old else v
                     for v in views])

    def delete(self, name: str) -> None:
        self._write([v for v in self.all() if v.name != name])

    def _write(self, views: list[SavedView]) -> None:
        self._settings.set_raw(self._key, json.dumps([
            {"name": v.name, "filters": dict(v.filters),
             "columns": base64.b64encode(v.columns).decode("ascii") if v.columns else ""}
            for v in views], ensure_ascii=False))


def clean_name(name: str) -> str:
    """`name` without surrounding spaces; refused when empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ViewNameRefused("empty", name)
    if len(cleaned) > NAME_LIMIT:
        raise ViewNameRefused("too_long", name)
    return cleaned
