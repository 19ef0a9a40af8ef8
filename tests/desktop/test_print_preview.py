"""Putting PDFs on paper (desktop/views/widgets/print_preview.py) and the enrollment order dialog
(desktop/views/dialogs/enrollment_order_dialog.py), with pytest-qt.

Printing is real: QPrinter writes a PDF file (its PdfFormat output), which poppler then
counts, measures and renders to compare with the document that was printed.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.services import pdf_fonts
from desktop.services import settings as keys
from desktop.services.cache import Cache
from desktop.services.files import ExportFailed, write_atomically
from desktop.services.settings import Settings
from desktop.views.dialogs.enrollment_order_dialog import EnrollmentOrderDialog, next_number
from desktop.views.runtime.files import SavedMessage
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets import print_preview
from desktop.views.widgets.print_preview import (
    PdfPages,
    PdfUnreadable,
    PreviewDialog,
    export_pdf,
    preview_dialog,
)
from tests.support.enrolled import small_cache
from tests.support.pdfs import page_count


def three_pages() -> bytes:
    """Portrait, landscape, portrait; big page numbers and a Kazakh line on each."""
    font = pdf_fonts.sans()
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for number, size in enumerate((A4, landscape(A4), A4), start=1):
        canvas.setPageSize(size)
        canvas.setFont(font.bold, 120)
        canvas.drawString(72, size[1] - 200, str(number))
        canvas.setFont(font.regular, 24)
        canvas.drawString(72, size[1] - 260, "Әлия Ғалымқызы, Өскемен, Үшқоңыр, Һ, І")
        canvas.rect(36, 36, size[0] - 72, size[1] - 72)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], check=True,
                          capture_output=True, text=True).stdout


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """Each page's width and height, in whole points."""
    sizes = []
    for line in pdf_info(path).splitlines():
        if line.startswith("Page") and " size:" in line:
            words = line.split("size:")[1].split()
            sizes.append((round(float(words[0])), round(float(words[2]))))
    return sizes


def render(path: Path, page: int, dpi: int = 50) -> Image.Image:
    out = subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                          str(path)], check=True, capture_output=True).stdout
    return Image.open(BytesIO(out)).convert("L")


def largest_difference(first: Image.Image, second: Image.Image) -> int:
    """How far two renderings of a page differ where they differ most, blurred so that a
    printer's raster (lighter hairlines, half-pixel offsets) counts as the same page."""
    blurred = [image.resize(first.size).filter(ImageFilter.GaussianBlur(2))
               for image in (first, second)]
    _, high = ImageChops.difference(*blurred).getextrema()
    return int(high)  # type: ignore[arg-type]  # one band: a pair of ints


def printer_to(path: Path, dpi: int = 100) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_printing_puts_every_page_on_paper_as_it_is(qapp: Any, tmp_path: Path) -> None:
    source = tmp_path / "source.pdf"
    source.write_bytes(three_pages())
    printed = tmp_path / "printed.pdf"
    pages = PdfPages(source.read_bytes())
    assert pages.page_count == 3
    assert pages.paint(printer_to(printed)) == 3
    assert page_sizes(printed) == page_sizes(source)
    assert page_sizes(printed)[1][0] > page_sizes(printed)[1][1]  # landscape stays so
    for page in (1, 2, 3):
        before, after = render(source, page), render(printed, page)
        # Qt's A4 is 595 x 842 points, the PDF's 595.28 x 841.89: a pixel at most.
        assert abs(before.size[0] - after.size[0]) <= 1
        assert abs(before.size[1] - after.size[1]) <= 1
        assert largest_difference(before, after) < 100, page
    # The measure tells pages apart: page 1 is not page 3.
    assert largest_difference(render(source, 1), render(printed, 3)) > 150


def test_a_page_range_prints_those_pages_only(qapp: Any, tmp_path: Path) -> None:
    printed = tmp_path / "range.pdf"
    printer = printer_to(printed, 72)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert PdfPages(three_pages()).paint(printer) == 2
    sizes = page_sizes(printed)
    assert len(sizes) == 2 and sizes[0][0] > sizes[0][1] and sizes[1][0] < sizes[1][1]


# The printer fails on purpose: Qt warns that its painter did not begin, then the code
# raises its own error, which is what this test is about.
@pytest.mark.qt_log_ignore(r"^QPainter::begin\(\): Returned false$")
def test_a_printer_that_cannot_start_is_an_error_not_a_blank_page(qapp: Any,
                                                                  tmp_path: Path) -> None:
    with pytest.raises(OSError, match="printer could not be started"):
        PdfPages(three_pages()).paint(printer_to(tmp_path / "no-such-folder" / "out.pdf"))


def test_the_preview_shows_every_page(qtbot: QtBot) -> None:
    dialog = preview_dialog(None, three_pages(), "Шарт № 257062", "contract-257062.pdf")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PreviewDialog)
    assert dialog.windowTitle() == "Шарт № 257062"
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and dialog.export_action in toolbar.actions()
    dialog.show()
    preview = dialog.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 3, timeout=20000)
    dialog.close()


def test_print_pdf_waits_for_the_preview_and_says_whether_it_printed(qtbot: QtBot) -> None:
    seen: list[int] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreviewDialog)
        preview = dialog.preview
        assert preview is not None
        seen.append(preview.pageCount())
        dialog.reject()

    QTimer.singleShot(300, look_and_close)
    assert print_preview.print_pdf(None, three_pages(), "Order") is False  # closed, not printed
    assert seen == [3]


def test_what_is_not_a_pdf_cannot_be_printed(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PdfUnreadable):
        PdfPages(b"%PDF-1.7 but not really")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert print_preview.print_pdf(None, b"not a pdf", "Order") is False
    assert said and "not a readable PDF" in said[0]


# --- saving ----------------------------------------------------------------------------------


def test_a_pdf_is_saved_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "order.pdf"
    target.write_bytes(b"the old file")
    write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["order.pdf"]  # no leftovers
    blocked = tmp_path / "a-file"
    blocked.write_bytes(b"")
    with pytest.raises(ExportFailed) as caught:
        write_atomically(blocked / "order.pdf", b"%PDF")
    assert caught.value.code == "no_folder"
    message = print_preview.save_failure_message(caught.value)
    assert str(blocked / "order.pdf") in message and "choose another folder" in message
    assert "The folder does not exist." in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "order.pdf"]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[Any]]]:
    """The file dialog answers with the paths queued here ("" = Cancel); warnings are kept."""
    record: dict[str, list[Any]] = {"paths": [], "asked": [], "warnings": []}

    def save_name(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        record["asked"].append(start)
        return (record["paths"].pop(0) if record["paths"] else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: record["warnings"].append(text))
    yield record


def test_export_asks_again_when_a_place_cannot_be_written(
        qapp: Any, tmp_path: Path, answers: dict[str, list[Any]]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_bytes(b"")
    answers["paths"] += [str(blocked / "order.pdf"), str(tmp_path / "order")]
    saved = export_pdf(None, b"%PDF-1.7 order", "order-45.pdf")
    assert saved == tmp_path / "order.pdf"  # ".pdf" added
    assert saved.read_bytes() == b"%PDF-1.7 order"
    assert len(answers["warnings"]) == 1 and str(blocked / "order.pdf") in answers["warnings"][0]
    assert answers["asked"][0].endswith("order-45.pdf")
    assert answers["asked"][1] == str(blocked / "order.pdf")  # asked again from there
    # Saved: it says where, with the way to the file and its folder.
    notice = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SavedMessage) and w.isVisible())
    assert notice.text() == f"The PDF is saved as {saved}."
    assert {b.text() for b in notice.buttons()} >= {"Open file", "Show in folder"}
    notice.close()
    assert export_pdf(None, b"%PDF", "x.pdf") is None  # cancelled: nothing written


def test_a_signed_contract_prints_with_its_signatures_sheet(
        qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(print_preview, "print_pdf",
                        lambda parent, pdf, title, suggested="": printed.append((pdf, title)))
    contract = three_pages()
    print_preview.print_signed_contract(None, Tasks(inline=True), contract, [],
                                        "Contract No. 257062")
    assert len(printed) == 1
    pdf, title = printed[0]
    assert title == "Contract No. 257062"
    assert page_count(pdf, tmp_path) == 4
    assert print_preview.stamp_labels().title == "Electronic signatures"
    assert print_preview.role_label("parent") == "Parent (legal representative)"
    assert print_preview.id_label("BIN") == "BIN" and print_preview.id_label("x") == "x"


# --- the enrollment order dialog ---------------------------------------------------------------


@pytest.fixture
def order_cache(tmp_path: Path) -> Iterator[Cache]:
    cache = small_cache(tmp_path)
    try:
        yield cache
    finally:
        cache.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def make_dialog(qtbot: QtBot, cache: Cache, settings: Settings) -> EnrollmentOrderDialog:
    dialog = EnrollmentOrderDialog(cache, Tasks(inline=True), settings)
    qtbot.addWidget(dialog)
    return dialog


def shown_names(dialog: EnrollmentOrderDialog) -> list[str]:
    return [item.text(0) for item in dialog.items() if not item.isHidden()]


def pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "made.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text.split())


def test_the_dialog_lists_the_enrolled_children(qtbot: QtBot, order_cache: Cache,
                                                settings: Settings) -> None:
    dialog = make_dialog(qtbot, order_cache, settings)
    assert shown_names(dialog) == ["Ким Ольга Сергеевна", "Әбенов Һарун Ғалымұлы",
                                   "Нұрланова Әсем Серікқызы", "Иванов Илья Петрович"]
    first = dialog.items()[1]
    assert [first.text(i) for i in range(6)] == [
        "Әбенов Һарун Ғалымұлы", "210101500033", "01.01.2021", "Ортаңғы топ «Күншуақ»",
        "12.02.2025", "Ш-17"]
    assert dialog.counter.text() == "0 of 4 children ticked"
    assert dialog.group.count() == 3  # all groups, and the two with children
    qtbot.keyClicks(dialog.search, "200907")  # QTest types ASCII only
    assert shown_names(dialog) == ["Иванов Илья Петрович"]
    dialog.search.setText("ҚЫЗЫ")
    assert shown_names(dialog) == ["Нұрланова Әсем Серікқызы"]
    dialog.search.clear()
    dialog.group.setCurrentIndex(dialog.group.findData("Ортаңғы топ «Күншуақ»"))
    assert shown_names(dialog) == ["Әбенов Һарун Ғалымұлы", "Нұрланова Әсем Серікқызы"]
    dialog.select_all.click()  # ticks the shown ones only
    assert [c.request_id for c in dialog.selected_children()] == [3, 1]
    assert dialog.counter.text() == "2 of 4 children ticked"
    dialog.group.setCurrentIndex(0)
    dialog.tree.itemDoubleClicked.emit(dialog.items()[3], 0)  # a double click ticks it
    assert [c.request_id for c in dialog.selected_children()] == [3, 1, 2]
    dialog.select_none.click()
    assert dialog.selected_children() == []


def test_what_is_missing_is_said_before_anything_is_made(qtbot: QtBot, order_cache: Cache,
                                                         settings: Settings) -> None:
    dialog = make_dialog(qtbot, order_cache, settings)
    dialog.show()
    dialog.number.clear()
    dialog.print_button.click()
    assert dialog.message.isVisible() and "order's number" in dialog.message.text()
    dialog.number.setText("45")
    dialog.print_button.click()
    assert "Tick the children" in dialog.message.text()
    assert dialog.preview is None and dialog.last_pdf is None


def test_the_order_is_made_previewed_and_remembered(qtbot: QtBot, order_cache: Cache,
                                                    settings: Settings, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, order_cache, settings)
    dialog.show()
    dialog.number.setText("45-Ә")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.set_checked([1, 3])
    dialog.print_button.click()
    assert dialog.last_pdf is not None
    text = pdf_text(dialog.last_pdf, tmp_path)
    for expected in ("ПРИКАЗ", "№ 45-Ә", "КМҚК «№12 «Балапан» бөбекжай-бақшасы»",
                     "Әбенов Һарун Ғалымұлы", "Нұрланова Әсем Серікқызы", "Ш-17",
                     "Г.Б. Сейткали", "Всего: 2"):
        assert expected in text, expected
    assert "Иванов" not in text and "Ким" not in text and "БҰЙРЫҚ" not in text
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Enrollment order No. 45-Ә of " + \
        dialog.date.date().toString("dd.MM.yyyy")
    widget = preview.preview
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 1, timeout=20000)
    preview.close()
    assert settings.get(keys.LAST_ORDER_NUMBER) == "45-Ә"
    assert settings.get(keys.ORDER_LANGUAGE) == "ru"
    again = make_dialog(qtbot, order_cache, settings)
    assert again.number.text() == "46-Ә"
    assert again.language.currentData() == "ru"


def test_the_order_is_exported(qtbot: QtBot, order_cache: Cache, settings: Settings,
                               tmp_path: Path, answers: dict[str, list[Any]]) -> None:
    dialog = make_dialog(qtbot, order_cache, settings)
    dialog.number.setText("7")
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    dialog.set_checked([2])
    target = tmp_path / "out" / "order.pdf"
    target.parent.mkdir()
    answers["paths"].append(str(target))
    dialog.export_button.click()
    assert target.read_bytes() == dialog.last_pdf
    assert answers["asked"][0].endswith(".pdf") and "-7-" in answers["asked"][0]
    text = pdf_text(target.read_bytes(), tmp_path)
    assert "БҰЙРЫҚ" in text and "Иванов Илья Петрович" in text and "ПРИКАЗ" not in text


def test_the_dialog_over_a_large_cache_without_the_kindergarten(
        qtbot: QtBot, cache: Cache, world: Any, settings: Settings) -> None:
    # The synthetic requests cache (conftest) has ~1,200 enrolled children and no
    # kindergarten row, as before a first full sync.
    dialog = make_dialog(qtbot, cache, settings)
    enrolled = [r for r in world.rows if r.status == "enrolled"]
    assert dialog.tree.topLevelItemCount() == len(enrolled) > 500
    dialog.number.setText("1")
    dialog.select_all.click()
    dialog.show()
    dialog.print_button.click()
    assert "kindergarten's details are not on this computer" in dialog.message.text()


def test_an_empty_cache_says_why_the_list_is_empty(qtbot: QtBot, tmp_path: Path,
                                                   settings: Settings) -> None:
    from desktop.services.cache import open_cache

    empty = open_cache(tmp_path / "empty.db", "0badc0de" * 8)
    try:
        dialog = make_dialog(qtbot, empty, settings)
        dialog.show()
        assert dialog.empty.isVisible() and not dialog.tree.isVisible()
        assert "no enrolled children" in dialog.empty.text()
        assert dialog.counter.text() == "0 of 0 children ticked"
    finally:
        empty.close()


def test_the_next_order_number() -> None:
    assert next_number("45") == "46"
    assert next_number("045") == "046"
    assert next_number("45-Ә") == "46-Ә"
    assert next_number("99/Д") == "100/Д"
    assert next_number("") == ""
    assert next_number("Д-45") == ""  # no leading number: nothing is guessed


def test_space_ticks_the_current_child(qtbot: QtBot, order_cache: Cache,
                                       settings: Settings) -> None:
    dialog = make_dialog(qtbot, order_cache, settings)
    dialog.show()
    item = dialog.items()[1]
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(item)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert dialog.counter.text() == "1 of 4 children ticked"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.selected_children() == []


# --- the system's print dialog: printer, pages, copies ----------------------------------------


def orientations(path: Path) -> str:
    """L or P per printed page."""
    return "".join("L" if w > h else "P" for w, h in page_sizes(path))


@pytest.mark.parametrize(("collate", "expected"), [(True, "LPLP"), (False, "LLPP")])
def test_copies_of_a_page_range_come_out_as_asked(qapp: Any, tmp_path: Path, collate: bool,
                                                  expected: str) -> None:
    printed = tmp_path / "copies.pdf"
    printer = printer_to(printed, 72)
    assert not printer.supportsMultipleCopies()  # a PDF: the copies are drawn here
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)  # landscape, portrait
    printer.setCopyCount(2)
    printer.setCollateCopies(collate)
    assert PdfPages(three_pages()).paint(printer) == 4
    assert orientations(printed) == expected


def test_print_opens_the_print_dialog_and_prints_what_it_was_told(
        qtbot: QtBot, tmp_path: Path) -> None:
    dialog = preview_dialog(None, three_pages(), "Шарт № 257062", "contract-257062.pdf")
    qtbot.addWidget(dialog)
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None
    shown = [a for a in toolbar.actions() if a.isVisible() and not a.isSeparator()]
    assert dialog.print_action in shown and dialog.export_action in shown
    assert [a.text() for a in shown].count("Print…") == 1  # the preview's own is hidden
    assert dialog.print_action.shortcut().toString() == "Ctrl+P"
    printed = tmp_path / "printed.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(72)
    # The dialog opens on the printer's settings; here, pages 2-3 and two copies.
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    dialog.show()

    dialog.print_action.trigger()
    asked = dialog.print_dialog
    assert isinstance(asked, QPrintDialog) and asked.isVisible()
    assert asked.testOption(QPrintDialog.PrintDialogOption.PrintPageRange)
    assert asked.testOption(QPrintDialog.PrintDialogOption.PrintCollateCopies)
    assert (asked.minPage(), asked.maxPage()) == (1, 3)
    assert asked.windowTitle() == "Print Шарт № 257062"
    with qtbot.waitSignal(dialog.finished) as closed:
        asked.accept()  # OK: the dialog's fields go to the printer, then it prints
    assert closed.args == [PreviewDialog.DialogCode.Accepted.value]  # it went to the printer
    assert len(page_sizes(printed)) == 4
    # The preview shows every page again, once.
    assert printer.printRange() == QPrinter.PrintRange.AllPages and printer.copyCount() == 1


def test_a_cancelled_print_dialog_prints_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = preview_dialog(None, three_pages(), "Order")
    qtbot.addWidget(dialog)
    printed = tmp_path / "never.pdf"
    dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer().setOutputFileName(str(printed))
    dialog.show()
    dialog.ask_to_print().reject()
    assert not printed.exists() and dialog.isVisible()
    dialog.close()


def test_an_exported_pdf_offers_to_open_it_or_show_its_folder(
        qtbot: QtBot, tmp_path: Path, answers: dict[str, list[Any]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:  # the offscreen platform opens nothing
        opened.append(QUrl(url).toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = preview_dialog(None, three_pages(), "Order", "order-45.pdf")
    qtbot.addWidget(dialog)
    answers["paths"].append(str(tmp_path / "order-45.pdf"))
    dialog.export_action.trigger()
    message = dialog.saved_message
    assert isinstance(message, SavedMessage) and message.isVisible()
    assert message.text() == f"The PDF is saved as {tmp_path / 'order-45.pdf'}."
    assert [message.open_button.text(), message.folder_button.text()] == [
        "Open file", "Show in folder"]
    message.open_button.click()
    assert opened == [str(tmp_path / "order-45.pdf")]
    dialog.close()


def test_the_tick_boxes_of_neighbouring_children_do_not_touch(qtbot: QtBot, order_cache: Cache,
                                                              settings: Settings) -> None:
    from PySide6.QtWidgets import QStyle

    dialog = make_dialog(qtbot, order_cache, settings)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    indicator = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    first, second = dialog.items()[:2]
    assert tree.visualItemRect(first).height() >= indicator + 6
    assert not tree.visualItemRect(first).intersects(tree.visualItemRect(second))
