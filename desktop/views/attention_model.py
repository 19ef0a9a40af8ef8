"""Outbox entries the portal did not apply: what the staff member did and when, what the
portal answered, and what it holds now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services import roles, vocabulary
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.views.cache_rows import AttentionRow
from desktop.views.rows_model import Column, RowsModel


def _number(row: AttentionRow) -> int | None:
    if row.request_number is not None:
        return row.request_number
    data = (row.current or {}).get("data") or {}
    number = data.get("number")
    return int(number) if isinstance(number, int) else None


# Called by this name, so lupdate finds the strings with their explicit context.
translate = QCoreApplication.translate

# Decisions on a request, which the portal may refuse because the world moved on.
_DECISIONS = frozenset({"accept_request", "decline_request", "return_documents",
                        "accept_documents", "send_contract", "countersign_contract"})


def what_was_done(row: AttentionRow) -> str:
    return vocabulary.action(row.name, row.args, number=_number(row), group=row.group_name)


def what_happened(row: AttentionRow) -> str | None:
    """What made the portal refuse a decision, in the person's language (None when the
    portal's own words must do)."""
    code, current = row.code or "", row.current or {}
    if code == "forbidden_role" and row.name in roles.MAY:
        return translate("AttentionModel", "Your role did not allow this action: it needs the "
                         "role {roles}.").format(roles=translate("AttentionModel", " or ").join(
                             vocabulary.role(r) for r in roles.needed(row.name)))
    if row.name not in _DECISIONS:
        return None  # the group and forecast pages word their own
    found = current.get("data")
    data: dict[str, Any] = found if isinstance(found, dict) else {}
    if current.get("deleted"):
        return translate("AttentionModel", "A colleague declined this request first: it is no "
                         "longer with this kindergarten.")
    if code in ("not_allowed_in_status", "deadline_passed"):
        status, archived = data.get("status"), data.get("archive_reason")
        if status == "archived" and archived == "withdrawn":
            return translate("AttentionModel", "The parent withdrew the application before "
                             "your decision reached the portal.")
        if code == "deadline_passed" or (status == "archived"
                                         and archived == "enrollment_window_expired"):
            return translate("AttentionModel", "The parent's enrollment window closed before "
                             "your decision reached the portal; the application is archived.")
        if status == "archived":
            return translate("AttentionModel", "The application was archived before your "
                             "decision reached the portal.")
        if status:
            return translate("AttentionModel", "The request had moved on to “{status}” before "
                             "your decision reached the portal.").format(
                status=vocabulary.request_status(str(status)))
    if code in ("already_decided", "version_conflict"):
        if data.get("review") == "accepted":
            return translate("AttentionModel", "A colleague accepted this request first.")
        if code == "already_decided":
            return translate("AttentionModel", "A colleague decided on this request first.")
        changed = _last_change(data)
        if changed == "documents_reviewed":
            return translate("AttentionModel", "A colleague reviewed the documents before your "
                             "decision reached the portal, so it was made on an older view of "
                             "the request. Look at it as it is now and decide again.")
        if changed == "extended":
            return translate("AttentionModel", "The parent extended the enrollment window "
                             "before your decision reached the portal. Look at the request as "
                             "it is now and decide again.")
        return translate("AttentionModel", "Someone changed this request before your decision "
                         "reached the portal: look at it as it is now and decide again.")
    if code == "capacity_exceeded":
        return translate("AttentionModel", "The group had no free place left when your "
                         "decision reached the portal. Free a place or raise the capacity, "
                         "then accept again, or decline the request.")
    if code == "documents_incomplete":
        return translate("AttentionModel", "Not every required document was accepted: review "
                         "the documents first.")
    return None


def _last_change(data: dict[str, Any]) -> str:
    """The event of the request's newest journal entry ("" when there is none)."""
    history = data.get("history")
    if isinstance(history, list) and history and isinstance(history[-1], dict):
        return str(history[-1].get("event") or "")
    return ""


def portal_answer(row: AttentionRow) -> str:
    label = vocabulary.outcome(row.outcome)
    reason = what_happened(row) or (row.reason or "").strip()
    if not reason:
        return label
    return QCoreApplication.translate("AttentionModel", "{outcome}: {reason}").format(
        outcome=label, reason=reason)


COLUMNS: list[Column[AttentionRow]] = [
    Column(QT_TRANSLATE_NOOP("AttentionModel", "When"),
           lambda r: vocabulary.format_datetime(r.created_at), lambda r: r.created_at),
    Column(QT_TRANSLATE_NOOP("AttentionModel", "What you did"), what_was_done,
           what_was_done, tooltip=what_was_done),
    Column(QT_TRANSLATE_NOOP("AttentionModel", "The portal's answer"), portal_answer,
           portal_answer, tooltip=portal_answer),
    Column(QT_TRANSLATE_NOOP("AttentionModel", "Now on the portal"),
           lambda r: vocabulary.current_state(r.current),
           lambda r: vocabulary.current_state(r.current)),
]


class AttentionModel(RowsModel[AttentionRow]):
    context = "AttentionModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.seq, parent)
