"""The demo world's contracts come from the staff client's `contract make`, run as a child
process: one child for many contracts, and a clear failure naming the command when the
client cannot be started or refuses (never a stub contract instead)."""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from portal_sandbox.contract_maker import ContractMaker, ContractMakerError, client_command

DATA: dict[str, Any] = {
    "request_id": 17, "application_number": 257017, "application_date": "2025-01-14",
    "contract_number": "257017", "contract_date": "2025-02-10", "locality": "г.Уральск",
    "kindergarten_name": "«Айгөлек» бөбекжай-бақшасы", "kindergarten_bin": "120140012010",
    "kindergarten_address": "г. Уральск, мкр. Жана Орда, 17",
    "kindergarten_phone": "+77112530233", "director_name": "Әбілова Ақмарал Азаматқызы",
    "parent_name": "Серікова Гүлжан Маратқызы", "parent_iin": "920708423452",
    "parent_phone": "+77012345678", "child_name": "Серікова Әмина Нұрланқызы",
    "child_iin": "210315612346", "child_birth_date": "2021-03-15",
    "group_name": "Ортаңғы топ", "group_language": "kk", "group_age_from": 3,
    "group_age_to": 4, "group_start_date": "2025-09-01",
}


def test_one_child_makes_many_contracts() -> None:
    with ContractMaker() as maker:
        first = maker.make(DATA)
        second = maker.make(dict(DATA, contract_number="257018", group_language="ru"))
        again = maker.make(DATA)
        child = maker._process
    assert child.returncode == 0
    assert first == again != second  # the same data, the same bytes
    reader = PdfFileReader(BytesIO(second))
    assert {str(name) for name, _value, _ref in enumerate_sig_fields(
        reader, filled_status=False)} == {"ParentSignature", "DirectorSignature"}
    assert "layout=ru" in str(reader.trailer_view["/Info"].get_object()["/Keywords"])
    assert not Path(maker._folder.name).exists()  # the temporary profile is gone


def test_refused_data_fails_with_the_clients_words() -> None:
    with ContractMaker() as maker, pytest.raises(ContractMakerError) as refused:
        maker.make(dict(DATA, group_language="en"))
    message = str(refused.value)
    assert "refused contract 257017" in message
    assert "Line 1: “group_language” must be kk or ru" in message
    assert "contract make" in message


def test_a_client_that_cannot_start_fails_naming_the_command(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/balabaqsha-python")
    with pytest.raises(ContractMakerError) as failed:
        ContractMaker()
    assert "could not be started" in str(failed.value)
    assert "/nonexistent/balabaqsha-python -m desktop --profile" in str(failed.value)


def test_a_client_that_ends_at_once_fails_naming_the_command(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A bundle whose program is not the client: Python itself, which knows no --profile.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert client_command("x") == [sys.executable, "x"]
    with ContractMaker(timeout=60) as maker, pytest.raises(ContractMakerError) as failed:
        maker.make(DATA)
    message = str(failed.value)
    assert "ended before contract 257017" in message
    assert f"{sys.executable} --profile" in message
    assert "--profile" in message.split(" said: ")[1]  # Python's own complaint
