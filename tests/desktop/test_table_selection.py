"""Rows selected from code (a page opening a group, the roster finding a child) replace the
selection whatever keys Qt believes are held."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.views.item_models.rows_model import ID_ROLE
from desktop.views.pages.table_page import list_table, select_by_id


def test_a_row_chosen_after_a_ctrl_shortcut_is_the_only_one_selected(qtbot: QtBot) -> None:
    model = QStandardItemModel()
    for wanted in (11, 12, 13):
        item = QStandardItem(str(wanted))
        item.setData(wanted, ID_ROLE)
        model.appendRow(item)
    table = list_table(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    field = QLineEdit()
    qtbot.addWidget(table)
    qtbot.addWidget(field)
    table.show()
    assert select_by_id(table, 11)
    # Qt counts Ctrl as held from a shortcut's key event until the next input event.
    QTest.keyClick(field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
    table.selectRow(1)
    assert len(table.selectionModel().selectedRows()) == 2  # what Qt's own call does

    assert select_by_id(table, 13)
    assert [i.data(ID_ROLE) for i in table.selectionModel().selectedRows()] == [13]
    assert table.currentIndex().data(ID_ROLE) == 13
    assert not select_by_id(table, 99)
    assert [i.data(ID_ROLE) for i in table.selectionModel().selectedRows()] == [13]
