"""The context menu of every list that shows requests (the requests list, Today's cards,
contracts, needs attention): open the request, accept or decline it, copy its number or
the child's IIN, download its documents, print its summary sheet, export it.

Accepting and declining are off where the person's roles or the request's state do not
allow them, with the reason as the tooltip, by the rule the request detail's buttons
follow (`decision_dialogs.why_not`). The menu only asks: the list's owner opens the
decision dialogs and records the answer (`decision_requested`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop.models import request_list
from desktop.models.request_list import RowData
from desktop.services import roles
from desktop.views.dialogs.decision_dialogs import why_not

if TYPE_CHECKING:
    from desktop.services.workspace import Workspace
    from desktop.views.widgets.bulk_actions import BulkActions

DECISIONS = (roles.ACCEPT_REQUEST, roles.DECLINE_REQUEST)


class RequestMenu(QObject):
    """Builds the menu for the requests a list has chosen.

    Signals:
        open_requested(int): open this request (its id).
        decision_requested(str, list): accept_request or decline_request on these ids.
    """

    open_requested = Signal(int)
    decision_requested = Signal(str, list)

    def __init__(self, workspace: Workspace, files: BulkActions | None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.files = files
        self._parent = parent
        self.menu: QMenu | None = None  # the last one shown, for tests

    def rows(self, ids: Sequence[int]) -> list[RowData]:
        return request_list.rows_of(self.workspace.cache, list(ids))

    def build(self, ids: Sequence[int], *, extra: Callable[[QMenu], None] | None = None
              ) -> QMenu:
        """The menu for `ids`; `extra` adds a list's own entries after the decisions."""
        rows = self.rows(ids)
        menu = QMenu(self._parent)
        menu.setToolTipsVisible(True)
        count = len(rows)
        open_action = menu.addAction(self.tr("Open"))
        open_action.setEnabled(count == 1)
        if count == 1:
            request_id = rows[0].id
            open_action.triggered.connect(lambda: self.open_requested.emit(request_id))
        else:
            open_action.setToolTip(self.tr("Select one request to open it."))
        menu.addSeparator()
        for action in DECISIONS:
            self._add_decision(menu, action, rows)
        if extra is not None:
            extra(menu)
        menu.addSeparator()
        numbers = "\n".join(str(row.number) for row in rows)
        iins = "\n".join(row.child_iin for row in rows if row.child_iin)
        copy_number = menu.addAction(self.tr("Copy the number") if count <= 1
                                     else self.tr("Copy the %n numbers", "", count))
        copy_number.triggered.connect(lambda: self.copy(numbers))
        copy_iin = menu.addAction(self.tr("Copy the child's IIN") if count <= 1
                                  else self.tr("Copy the %n IINs", "", count))
        copy_iin.triggered.connect(lambda: self.copy(iins))
        copy_number.setEnabled(bool(numbers))
        copy_iin.setEnabled(bool(iins))
        if self.files is not None:
            menu.addSeparator()
            self.files.update_enabled()
            self.files.add_to(menu)
        self.menu = menu
        return menu

    def _add_decision(self, menu: QMenu, action: str, rows: Sequence[RowData]) -> None:
        count = len(rows)
        if action == roles.ACCEPT_REQUEST:
            text = self.tr("Accept…") if count <= 1 else \
                self.tr("Accept the %n selected…", "", count)
        else:
            text = self.tr("Decline…") if count <= 1 else \
                self.tr("Decline the %n selected…", "", count)
        entry = menu.addAction(text)
        ws = self.workspace
        reasons = [why_not(action, ws.roles, ws.available_roles, row.status, row.review,
                           row.pending) for row in rows]
        blocked = "" if any(not reason for reason in reasons) else (
            reasons[0] if reasons else self.tr("Select a request first."))
        entry.setEnabled(not blocked)
        entry.setToolTip(blocked)
        ids = [row.id for row in rows]
        entry.triggered.connect(lambda: self.decision_requested.emit(action, ids))

    def popup(self, ids: Sequence[int], widget: QWidget, point: QPoint, *,
              extra: Callable[[QMenu], None] | None = None) -> QMenu:
        menu = self.build(ids, extra=extra)
        menu.popup(widget.mapToGlobal(point))
        return menu

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        if self.files is not None:
            lines = text.count("\n") + 1
            self.files.post(self.tr("Copied to the clipboard.") if lines == 1 else
                            self.tr("%n lines copied to the clipboard.", "", lines))


def request_menu(workspace: Workspace, tasks: object | None, parent: QWidget,
                 chosen: Callable[[], list[int]], *,
                 clock: Callable[[], datetime] | None = None) -> RequestMenu:
    """A menu whose download, print and export work on `chosen`'s requests (a list other
    than the requests list, which binds them to its selection)."""
    from desktop.views.widgets.bulk_actions import BulkActions

    files = BulkActions(None, None, workspace, tasks, parent=parent, chosen=chosen,
                        **({"clock": clock} if clock is not None else {}))
    return RequestMenu(workspace, files, parent)
