"""Outbox entries the portal did not apply: what the staff member did and when, what the
portal answered, and what it holds now."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.views import vocabulary
from desktop.views.cache_rows import AttentionRow
from desktop.views.rows_model import Column, RowsModel


def _number(row: AttentionRow) -> int | None:
    if row.request_number is not None:
        return row.request_number
    data = (row.current or {}).get("data") or {}
    number = data.get("number")
    return int(number) if isinstance(number, int) else None


def what_was_done(row: AttentionRow) -> str:
    return vocabulary.action(row.name, row.args, number=_number(row), group=row.group_name)


def portal_answer(row: AttentionRow) -> str:
    label = vocabulary.outcome(row.outcome)
    reason = (row.reason or "").strip()
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
