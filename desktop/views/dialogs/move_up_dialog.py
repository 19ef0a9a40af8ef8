"""The September move-up, previewed: every group's age band now and after, the children who
stay with it, and apart, the children who leave for school. "Move up" records it in one
step through the outbox (services/move_up.py); the Groups page can undo it until it is
sent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.models.group_records import RosterRow
from desktop.services import counts, move_up, vocabulary
from desktop.services.cache import Cache
from desktop.views.dialogs.group_dialogs import RecordingDialog
from desktop.views.runtime.tasks import Tasks

translate = QCoreApplication.translate


class MoveUpDialog(RecordingDialog):
    def __init__(self, cache: Cache, tasks: Tasks, day: date,
                 moves: Sequence[move_up.GroupMove], acting: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._cache = cache
        self.day = day
        self.moves = list(moves)
        self._acting = acting
        self.about = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.leaving_title = QLabel(wordWrap=True)
        self.leaving = QTreeWidget()
        self.leaving.setHeaderHidden(True)
        self.leaving.setRootIsDecorated(False)
        self.resize(720, 620)
        self.finish_layout(self.about, self.tree, self.leaving_title, self.leaving)

    def job(self) -> Callable[[], Any]:
        cache, moves, acting = self._cache, self.moves, self._acting
        return lambda: move_up.apply(cache, moves, acting)

    def group_lines(self) -> list[str]:
        return _lines(self.tree)

    def leaving_lines(self) -> list[str]:
        return _lines(self.leaving)

    @staticmethod
    def _child(row: RosterRow) -> str:
        born = vocabulary.format_date(row.birth_date) if row.birth_date else ""
        return translate("MoveUpDialog", "{child}, born {born}").format(child=row.name,
                                                                        born=born)

    def retranslate(self) -> None:
        day = vocabulary.format_date(self.day)
        self.setWindowTitle(translate("MoveUpDialog", "Move up on {day}").format(day=day))
        self.ok_button.setText(translate("MoveUpDialog", "Move up"))
        self.about.setText(translate(
            "MoveUpDialog", "On {day} every group takes children a year older and keeps its "
            "children; those who start school leave. It is recorded in one step and can be "
            "undone until it is sent to the portal.").format(day=day))
        self.tree.clear()
        for move in self.moves:
            g = move.group
            if move.changes:
                text = translate("MoveUpDialog", "{name}: {ages} → {new_ages}; stay {stay}, "
                                 "leave for school {leave}").format(
                    name=g.name, ages=counts.age_band(g.age_from, g.age_to),
                    new_ages=counts.age_band(move.age_from, move.age_to),
                    stay=len(move.staying), leave=len(move.leaving))
            else:
                text = translate("MoveUpDialog", "{name}: {ages}, unchanged; stay {stay}, "
                                 "leave for school {leave}").format(
                    name=g.name, ages=counts.age_band(g.age_from, g.age_to),
                    stay=len(move.staying), leave=len(move.leaving))
            item = QTreeWidgetItem([text])
            for child in move.staying:
                item.addChild(QTreeWidgetItem([self._child(child)]))
            self.tree.addTopLevelItem(item)
        self.leaving.clear()
        leaving = [(m.group, c) for m in self.moves for c in m.leaving]
        self.leaving_title.setText(translate(
            "MoveUpDialog", "Leave for school on {day}: {count}").format(day=day,
                                                                          count=len(leaving)))
        for group, child in leaving:
            self.leaving.addTopLevelItem(QTreeWidgetItem([translate(
                "MoveUpDialog", "{child} — {group}").format(child=self._child(child),
                                                             group=group.name)]))
        if not leaving:
            self.leaving.addTopLevelItem(QTreeWidgetItem([translate(
                "MoveUpDialog", "Nobody leaves for school this year.")]))


def _lines(tree: QTreeWidget) -> list[str]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item.text(0) for item in items if item is not None]
