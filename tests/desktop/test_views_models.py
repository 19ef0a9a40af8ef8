"""Every item model of the window passes pytest-qt's model tester, empty and filled, and
sorts numbers as numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from desktop.models.groups import GroupPlaces
from desktop.models.outbox import AttentionRow
from desktop.services.contract_flow import ContractItem
from desktop.views.item_models.attention_model import AttentionModel
from desktop.views.item_models.contracts_model import ContractsModel
from desktop.views.item_models.groups_model import GroupsModel
from desktop.views.item_models.rows_model import ID_ROLE, SORT_ROLE

AT = datetime(2025, 2, 6, 5, 30, tzinfo=UTC)
START = date(2025, 9, 1)
GROUPS = [GroupPlaces(7, 1, "Ортаңғы топ «Күншуақ»", 3, 4, "kk", "general", "", "", 20, 12, 3,
                      START, False),
          GroupPlaces(8, 1, "Средняя группа «Солнышко»", 3, 4, "ru", "general", "", "", 9, 9,
                      0, START, False),
          GroupPlaces(9, 1, "Ересек топ", 5, 6, "mixed", "short_stay", "", "", 100, 40, 1,
                      START, False)]
CONTRACTS = [ContractItem(11, 257011, "Ахметова Айгерім", "Ересек топ", "contract_sent",
                          "accepted", ("kk",), 1, "sent", AT, None, None),
             ContractItem(12, None, "", "", "enrolled", "enrolled", (), 2, "countersigned",
                          AT, AT, AT),
             ContractItem(13, 257013, "Серікова Әмина", "Ересек топ", "awaiting_contract",
                          "accepted", ("kk", "ru"))]
ATTENTION = [AttentionRow(3, "accept_request", {"request_id": 11, "base_version": 2}, AT, AT,
                          "conflict", "already_decided", "Өтініш шешілген",
                          {"type": "request", "id": 11, "version": 3,
                           "data": {"status": "awaiting_contract", "review": "declined"}},
                          257011, None),
             AttentionRow(4, "set_capacity", {"group_id": 7, "capacity": 10}, AT, None,
                          "invalid", "capacity_exceeded", None, None, None,
                          "Ортаңғы топ")]


@pytest.mark.parametrize(("model_type", "rows"), [(GroupsModel, GROUPS),
                                                  (ContractsModel, CONTRACTS),
                                                  (AttentionModel, ATTENTION)])
def test_models_pass_the_model_tester(qtmodeltester: ModelTester, model_type: type,
                                      rows: list[object]) -> None:
    model = model_type()
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    model.set_rows(rows[:1])
    model.retranslate()
    qtmodeltester.check(model)


def test_groups_show_places_and_sort_as_numbers() -> None:
    model = GroupsModel()
    model.set_rows(GROUPS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == [
        "Group", "Kind", "Ages", "Language", "Capacity", "Enrolled", "Reserved", "Free"]
    assert [model.index(0, c).data() for c in range(8)] == [
        "Ортаңғы топ «Күншуақ»", "General", "3–4 years", "Kazakh", "20", "12", "3", "5"]
    assert model.index(2, 3).data() == "Kazakh and Russian"
    assert model.index(2, 0).data(ID_ROLE) == 9
    # A full group stands out; one with room does not.
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # capacity 9 < 20 < 100, not "100" < "20"
    assert [proxy.index(r, 4).data() for r in range(3)] == ["9", "20", "100"]


def test_contracts_and_attention_say_where_things_stand() -> None:
    contracts = ContractsModel()
    contracts.set_rows(CONTRACTS)
    assert contracts.index(0, 0).data() == "257011"
    assert contracts.index(0, 3).data() == "Sent to the parent"
    assert contracts.index(0, 5).data() == "06.02.2025 10:30"  # Almaty time
    assert contracts.index(0, 6).data() == ""
    attention = AttentionModel()
    attention.set_rows(ATTENTION)
    assert attention.index(0, 1).data() == "Accept request №257011"
    # The code says what happened, in the person's language (the portal's title was in the
    # language of the push).
    assert attention.index(0, 2).data() == "Conflict: A colleague decided on this request first."
    assert attention.index(0, 3).data() == "Awaiting the contract, declined"
    assert attention.index(1, 1).data() == "Set the capacity of group “Ортаңғы топ” to 10"
    assert attention.index(1, 2).data() == "Refused"
    assert attention.index(1, 0).data(ID_ROLE) == 4


def test_an_age_band_agrees_with_its_last_number(qapp: object) -> None:
    from desktop.services.counts import age_band
    from desktop.views.runtime.i18n import LanguageSwitcher
    from tests.support.windows import compiled_translations

    assert [age_band(2, 3), age_band(0, 1)] == ["2–3 years", "0–1 years"]  # no translator
    compiled_translations()
    switcher = LanguageSwitcher()
    try:
        switcher.apply("ru")
        assert [age_band(2, 3), age_band(3, 5), age_band(0, 1), age_band(1, 2)] == [
            "2–3 года", "3–5 лет", "0–1 год", "1–2 года"]
        switcher.apply("kk")
        assert [age_band(2, 3), age_band(0, 1)] == ["2–3 жас", "0–1 жас"]
        switcher.apply("en")
        assert [age_band(2, 3), age_band(0, 1)] == ["2–3 years", "0–1 years"]
    finally:
        switcher.apply("en")
