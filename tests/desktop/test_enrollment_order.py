"""The enrollment order (desktop/services/enrollment_order.py): its text in Kazakh, Russian and
both, read back with poppler's pdftotext; the same bytes for the same data; a long list over
several pages with the table's header on each; and the children read from a real cache."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.services.cache import open_cache
from desktop.services.enrollment_order import (
    OrderChild,
    OrderData,
    enrolled_children,
    kindergarten_details,
    locality_kk,
    locality_ru,
    order_pdf,
    short_name,
)
from tests.support.enrolled import ADDRESS, BIN, GROUPS, KEY, KINDERGARTEN, small_cache
from tests.support.pdfs import page_count

CHILDREN = (
    OrderChild("Нұрланова Зуһра Серікқызы", "210315600011", date(2021, 3, 15), GROUPS[1],
               date(2025, 2, 11), "257062", 1),
    OrderChild("Иванов Илья Петрович", "200907500022", date(2020, 9, 7), GROUPS[2],
               date(2025, 2, 10), "257063", 2),
    OrderChild("Әбенов Һарун Ғалымұлы", "210101500033", date(2021, 1, 1), GROUPS[1],
               date(2025, 2, 12), "Ш-17", 3),
)


def order(language: str, children: tuple[OrderChild, ...] = CHILDREN) -> OrderData:
    return OrderData(KINDERGARTEN, BIN, ADDRESS, "45-Ә", date(2025, 2, 14), "Г.Б. Сейткали",
                     children, language, "г.Уральск")


def text_of(pdf: bytes, folder: Path, page: int | None = None) -> str:
    path = folder / "order.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    # Content-stream order: reportlab draws a table row by row, each cell whole.
    text = subprocess.run(["pdftotext", "-raw", *pages, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text.split())


def assert_children_listed(text: str) -> None:
    for child in CHILDREN:
        for value in (child.full_name, child.iin, child.birth_date.strftime("%d.%m.%Y"),
                      child.contract_number):
            assert value in text, value
    assert "11.02.2025" in text and "12.02.2025" in text
    # Group by group, then in Kazakh alphabetical order (Ә after А, before Б).
    assert text.index("Әбенов") < text.index("Нұрланова") < text.index("Иванов")


def test_the_russian_order(tmp_path: Path) -> None:
    text = text_of(order_pdf(order("ru")), tmp_path)
    for expected in (KINDERGARTEN, f"БИН {BIN}", ADDRESS, "ПРИКАЗ", "г. Уральск",
                     "14.02.2025", "№ 45-Ә", "О зачислении детей в дошкольную организацию",
                     "Законом Республики Казахстан от 27 июля 2007 года № 319-III "
                     "«Об образовании»", "ПРИКАЗЫВАЮ:",
                     "1. Зачислить в дошкольную организацию детей согласно списку:",
                     "Ф.И.О. ребенка", "ИИН", "Дата рождения", "Группа", "Дата зачисления",
                     "№ договора", "Всего: 3",
                     "Контроль за исполнением настоящего приказа оставляю за собой.",
                     "Руководитель", "Г.Б. Сейткали", "ПРИКАЗ № 45-Ә, 14.02.2025"):
        assert expected in text, expected
    assert_children_listed(text)
    assert re.search(r"\b1 ?/ ?1$", text)  # the page's number, of how many
    assert "БҰЙРЫҚ" not in text and "БСН" not in text


def test_the_kazakh_order(tmp_path: Path) -> None:
    text = text_of(order_pdf(order("kk")), tmp_path)
    for expected in (KINDERGARTEN, f"БСН {BIN}", "БҰЙРЫҚ", "Орал қ.", "14.02.2025",
                     "№ 45-Ә", "Балаларды мектепке дейінгі ұйымға қабылдау туралы",
                     "2007 жылғы 27 шілдедегі № 319-III «Білім туралы» Заңына",
                     "БҰЙЫРАМЫН:", "балалар мектепке дейінгі ұйымға қабылдансын:",
                     "Баланың тегі, аты, әкесінің аты", "ЖСН", "Туған күні", "Топ",
                     "Қабылдау күні", "Шарт №", "Барлығы: 3",
                     "Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын.", "Басшы",
                     "Г.Б. Сейткали"):
        assert expected in text, expected
    assert_children_listed(text)
    assert "ПРИКАЗ" not in text and "ИИН" not in text
    for letter in "әғқңөұүһі" + "ӘҒҚҰҺ":  # every small letter; the capitals the data has
        assert letter in text, letter


def test_the_bilingual_order_puts_kazakh_first(tmp_path: Path) -> None:
    text = text_of(order_pdf(order("bilingual")), tmp_path)
    assert text.index("БҰЙРЫҚ") < text.index("ПРИКАЗ")
    assert text.index("Балаларды мектепке дейінгі ұйымға қабылдау туралы") < \
        text.index("О зачислении детей в дошкольную организацию")
    assert text.index("Қазақстан Республикасының") < text.index("В соответствии с Законом")
    assert "БҰЙЫРАМЫН: / ПРИКАЗЫВАЮ:" in text
    assert "Орал қ." in text and "г. Уральск" in text
    assert "БСН/БИН" in text and "Басшы / Руководитель" in text
    assert "ЖСН ИИН" in text  # each column's heading in Kazakh over its Russian
    assert_children_listed(text)


def test_the_same_order_is_the_same_bytes() -> None:
    first = order_pdf(order("bilingual"))
    assert order_pdf(order("bilingual")) == first
    assert order_pdf(replace(order("bilingual"), date=date(2025, 2, 15))) != first
    assert order_pdf(order("kk")) != first


def test_a_long_list_repeats_the_tables_header_on_every_page(tmp_path: Path) -> None:
    children = tuple(OrderChild(f"Баланың Аты {i:03d}", f"2101{i:08d}", date(2021, 1, 1),
                                GROUPS[1 + i % 2], date(2025, 2, 11), str(300000 + i), i)
                     for i in range(150))
    pdf = order_pdf(order("ru", children))
    pages = page_count(pdf, tmp_path)
    assert pages >= 4
    seen: list[str] = []
    for page in range(1, pages + 1):
        text = text_of(pdf, tmp_path, page)
        listed = [c.full_name for c in children if c.full_name in text]
        if listed:
            assert "Ф.И.О. ребенка" in text and "Дата зачисления" in text, page
        assert re.search(rf"\b{page} ?/ ?{pages}$", text), page
        seen += listed
    assert len(seen) == len(set(seen))
    assert sorted(seen) == sorted(c.full_name for c in children)  # each once, none lost
    assert "Всего: 150" in text_of(pdf, tmp_path)
    last = text_of(pdf, tmp_path, pages)  # the signature never stands alone
    assert "Контроль за исполнением" in last and "Руководитель Г.Б. Сейткали" in last


def test_what_cannot_be_an_order_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one child"):
        order_pdf(order("ru", ()))
    with pytest.raises(ValueError, match="unknown order language"):
        order_pdf(order("en"))


def test_names_and_places_as_an_order_writes_them() -> None:
    assert locality_kk("г.Уральск") == "Орал қ."
    assert locality_kk("г. Усть-Каменогорск") == "Өскемен қ."
    assert locality_kk("г.Новый") == "Новый қ."
    assert locality_kk("с. Достык") == "с. Достык"
    assert locality_ru("г.Уральск") == "г. Уральск"
    assert short_name("Сейткали", "Гүлнар", "Бекқызы") == "Г.Б. Сейткали"
    assert short_name("Ким", "Ольга") == "О. Ким"


# --- the children in a cache ------------------------------------------------------------


def test_the_enrolled_children_come_from_the_cache(tmp_path: Path) -> None:
    cache = small_cache(tmp_path)
    try:
        children = enrolled_children(cache)
        details = kindergarten_details(cache)
    finally:
        cache.close()
    assert [c.full_name for c in children] == [
        "Ким Ольга Сергеевна",  # no group: first
        "Әбенов Һарун Ғалымұлы", "Нұрланова Әсем Серікқызы",  # Ортаңғы топ, Kazakh order
        "Иванов Илья Петрович",  # Средняя группа
    ]
    by_id = {c.request_id: c for c in children}
    assert set(by_id) == {1, 2, 3, 4}  # not the request still awaiting, nor the archived
    # The journal's move to "enrolled" at 20:30 UTC is the 11th in Almaty.
    assert by_id[1].enrolled_on == date(2025, 2, 11)
    # No journal entry: the contract's countersigning enrolled the child.
    assert by_id[3].enrolled_on == date(2025, 2, 12)
    assert by_id[3].contract_number == "Ш-17"  # the contract's own number
    assert by_id[2].contract_number == "257002"  # else the request's, as the contract says
    assert by_id[1].group == GROUPS[1] and by_id[4].group == ""
    assert by_id[1].birth_date == date(2021, 3, 15) and by_id[1].iin == "210315600011"
    assert details is not None
    assert (details.name, details.bin, details.address, details.locality, details.director) \
        == (KINDERGARTEN, BIN, ADDRESS, "г.Уральск", "Г.Б. Сейткали")


def test_an_empty_cache_has_no_kindergarten_and_no_children(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "empty.db", KEY)
    try:
        assert kindergarten_details(cache) is None
        assert enrolled_children(cache) == []
    finally:
        cache.close()
