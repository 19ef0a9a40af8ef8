"""Outbox entries the portal did not apply: what the staff member did and when, what the
portal answered, and what it holds now (in `vocabulary`'s words, which the `outbox`
command prints too)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.models.outbox import AttentionRow
from desktop.services import vocabulary
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.services.vocabulary import portal_answer, what_was_done
from desktop.views.item_models.rows_model import Column, RowsModel

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
