"""Contracts from templates (issue 6, part 1): the templates and their versions, the PDF the
generator makes, and the data it is filled with, read from a cache synced with a live
sandbox.

The PDFs are checked with tools the generator does not use: poppler's pdftotext and pdfsig,
pyHanko's reader, and the sandbox's own signing and portal-side checks (the parent signs
ParentSignature, the director DirectorSignature, as in the real workflow).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import select

from desktop.models.tables import Group, Kindergarten, Request
from desktop.services import contracts, pdf_fonts
from desktop.services.cache import open_cache
from desktop.services.contracts import (
    BLANK,
    DIRECTOR_FIELD,
    PARENT_FIELD,
    ContractData,
    ContractError,
    contract_data,
    default_layout,
    generate,
    sample_contract_data,
    template_of,
)
from desktop.services.portal_api import PortalClient
from desktop.services.sync import SyncEngine
from desktop.services.templates import (
    LAYOUTS,
    PLACEHOLDERS,
    SHIPPED_DIR,
    TemplateError,
    TemplateStore,
    parse_text,
    templates_dir,
)
from portal_sandbox import pdfsign, pki
from portal_sandbox.client import SandboxClient
from portal_sandbox.iin import make_bin
from portal_sandbox.signatures import Trust, check_countersigned, check_parent_signed
from tests.support.sites import START, make_site
from tests.support.world import PASSWORD, World

KAZAKH = "әғқңөұүһі"
KEY_PASSWORD = "Qwerty12"
CACHE_KEY = "0123456789abcdef" * 4


@pytest.fixture
def store(tmp_path: Path) -> TemplateStore:
    return TemplateStore(templates_dir(tmp_path))


def data(**changes: object) -> ContractData:
    # A name with һ, so the one Kazakh letter the contract text itself lacks is printed too.
    base = replace(sample_contract_data(), child_name="Жақсыбаева Шаһизада Нұрланқызы")
    return replace(base, **changes)  # type: ignore[arg-type]


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def one_line(text: str) -> str:
    return " ".join(text.split())


# the shipped templates


@pytest.mark.parametrize("layout", LAYOUTS)
def test_shipped_templates_are_valid_and_use_every_placeholder(store: TemplateStore,
                                                                layout: str) -> None:
    template = store.current_template(layout)
    assert (template.version, template.shipped) == (1, True)
    parsed = template.parsed()
    for language, text in template.texts.items():
        used = {name for name in PLACEHOLDERS if "{" + name + "}" in text}
        assert used == set(PLACEHOLDERS), (language, set(PLACEHOLDERS) - used)
        assert parsed[language].sections, language
    if layout == "bilingual":
        assert template.texts == {"kk": store.current_template("kk").texts["kk"],
                                  "ru": store.current_template("ru").texts["ru"]}


def test_the_font_has_every_kazakh_letter() -> None:
    pdf_fonts.serif()
    for name in (contracts.FONT, contracts.FONT_BOLD):
        face = pdfmetrics.getFont(name).face
        for letter in KAZAKH + KAZAKH.upper() + "№«»–":
            assert ord(letter) in face.charToGlyph, (name, letter)
    licence = SHIPPED_DIR.parent / "fonts" / "LICENSE-DejaVu.txt"
    assert licence.is_file() and "Bitstream" in licence.read_text()


# the PDF


@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_data_same_bytes_with_two_empty_fields_on_the_last_page(
        store: TemplateStore, layout: str, tmp_path: Path) -> None:
    template = store.current_template(layout)
    pdf = generate(data(), template)
    assert generate(data(), template) == pdf
    assert generate(data(contract_date=date(2025, 2, 11)), template) != pdf

    reader = PdfFileReader(BytesIO(pdf))
    assert reader.total_revisions == 1  # one revision: the signatures go on top of it
    found = {name: (value, ref) for name, value, ref in enumerate_sig_fields(reader)}
    assert set(found) == {PARENT_FIELD, DIRECTOR_FIELD}
    pages = reader.root["/Pages"]["/Kids"]
    last_ref = pages.raw_get(len(pages) - 1)
    last = last_ref.get_object()
    on_last = [a.get_object()["/T"] for a in last["/Annots"]]
    assert sorted(on_last) == sorted([PARENT_FIELD, DIRECTOR_FIELD])
    for value, ref in found.values():
        assert value is None  # empty
        field = ref.get_object()
        assert field["/FT"] == "/Sig"
        assert field.raw_get("/P").idnum == last_ref.idnum
        x0, y0, x1, y1 = (float(v) for v in field["/Rect"])
        assert 0 < x0 < x1 < 595 and 0 < y0 < y1 < 842 and (x1 - x0) > 150 and (y1 - y0) > 40

    text = one_line(pdftotext(pdf, tmp_path))
    sample = data()
    for value in (sample.child_iin, sample.parent_iin, sample.kindergarten_bin,
                  sample.child_name, sample.director_name, "10.02.2025", "257062"):
        assert value in text, value
    # Even the Russian contract names Kazakh people and places (Сәуле, Күншуақ, Шаһизада).
    for letter in KAZAKH:
        assert letter in text.lower(), letter


def test_the_same_bytes_in_another_process(store: TemplateStore, tmp_path: Path) -> None:
    """Hash seeds differ between processes; nothing in the file may depend on them."""
    mine = {layout: hashlib.sha256(generate(sample_contract_data(),
                                            store.current_template(layout))).hexdigest()
            for layout in LAYOUTS}
    script = (
        "import hashlib, json, sys\n"
        "from pathlib import Path\n"
        "from desktop.services.contracts import generate, sample_contract_data\n"
        "from desktop.services.templates import TemplateStore\n"
        "store = TemplateStore(Path(sys.argv[1]))\n"
        "print(json.dumps({l: hashlib.sha256(generate(sample_contract_data(),"
        " store.current_template(l))).hexdigest() for l in ('kk', 'ru', 'bilingual')}))\n")
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, QT_QPA_PLATFORM="offscreen",
                   PYTHONPATH=str(Path(__file__).parents[2]))
        out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "t")], env=env,
                             check=True, capture_output=True, text=True).stdout
        assert json.loads(out) == mine


def test_metadata_names_the_template_and_the_contract_date(store: TemplateStore,
                                                           tmp_path: Path) -> None:
    template = store.current_template("ru")
    pdf = generate(data(), template)
    assert template_of(pdf) == ("ru", 1, template.digest)
    info = PdfFileReader(BytesIO(pdf)).trailer_view["/Info"].get_object()
    assert str(info["/CreationDate"]).startswith("D:20250210")
    assert str(info["/Title"]) == "Договор № 257062"
    assert template_of(pdfsign.contract_fields_pdf(["not ours"])) is None
    assert template_of(b"not a pdf") is None


@pytest.fixture(scope="module")
def pki_world() -> tuple[pki.TestCA, pki.IssuedKey, pki.IssuedKey, Trust]:
    issued = datetime.now(UTC) - timedelta(minutes=10)
    ca = pki.TestCA.create(issued)
    sample = sample_contract_data()
    parent = ca.issue(pki.Subject(iin=sample.parent_iin, last_name="СЕРІКОВА",
                                  first_name="ГҮЛЖАН", patronymic="МАРАТҚЫЗЫ"),
                      role="individual", usage="sign", password=KEY_PASSWORD, now=issued)
    director = ca.issue(pki.Subject(iin="791102434566", last_name="ЖҰМАБАЕВА",
                                    first_name="СӘУЛЕ", bin=sample.kindergarten_bin,
                                    organisation=sample.kindergarten_name),
                        role="first_head", usage="sign", password=KEY_PASSWORD, now=issued)
    trust = Trust(roots=[ca.root_cert], intermediates=[ca.nca_cert],
                  crls=[ca.crl([], issued, issued + timedelta(days=1))], now=datetime.now(UTC))
    return ca, parent, director, trust


@pytest.mark.parametrize("layout", LAYOUTS)
def test_parent_signs_and_director_countersigns_as_the_portal_checks(
        store: TemplateStore, layout: str, pki_world: tuple[pki.TestCA, pki.IssuedKey,
                                                             pki.IssuedKey, Trust],
        tmp_path: Path) -> None:
    _ca, parent, director, trust = pki_world
    sample = sample_contract_data()
    sent = generate(sample, store.current_template(layout))
    signed = pdfsign.sign_pdf(sent, parent.p12, KEY_PASSWORD, PARENT_FIELD)
    assert check_parent_signed(sent, signed, sample.parent_iin, trust).field_name == \
        PARENT_FIELD
    final = pdfsign.sign_pdf(signed, director.p12, KEY_PASSWORD, DIRECTOR_FIELD)
    assert check_countersigned(signed, final, sample.kindergarten_bin, trust).field_name == \
        DIRECTOR_FIELD
    if shutil.which("pdfsig") is None and not os.environ.get("CI"):
        pytest.skip("poppler's pdfsig is not installed")
    path = tmp_path / "signed.pdf"
    path.write_bytes(final)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    assert f"Field Name: {PARENT_FIELD}" in report and f"Field Name: {DIRECTOR_FIELD}" in report


def test_what_the_portal_did_not_send_is_a_blank_line(store: TemplateStore,
                                                      tmp_path: Path) -> None:
    sparse = data(kindergarten_address="", director_name=" ", parent_phone="",
                  application_date=None)
    assert set(sparse.missing) == {"kindergarten_address", "director_name", "parent_phone",
                                   "application_date"}
    assert data().missing == ()
    text = pdftotext(generate(sparse, store.current_template("ru")), tmp_path)
    assert f"Адрес: {BLANK}" in text and f"Руководитель: {BLANK}" in text


def test_group_language_and_ages_are_words_of_the_texts_language() -> None:
    sample = data(group_language="ru", group_age_from=5, group_age_to=6)
    assert sample.values("kk")["group_language"] == "орыс тілі"
    assert sample.values("ru")["group_language"] == "русский"
    assert sample.values("kk")["group_ages"] == "5 жастан 6 жасқа дейін"
    assert sample.values("ru")["group_ages"] == "от 5 до 6 лет"
    assert data(group_age_from=0, group_age_to=1).values("ru")["group_ages"] == "до 1 года"
    assert default_layout(sample) == "ru" and default_layout(data()) == "kk"


def test_braces_doubled_in_a_template_print_as_braces(store: TemplateStore,
                                                      tmp_path: Path) -> None:
    texts = dict(store.current_template("kk").texts)
    texts["kk"] = texts["kk"].replace("1.2. ", "1.2. {{сноска}} ", 1)
    template = store.save_template("kk", texts)
    assert "1.2. {сноска}" in one_line(pdftotext(generate(data(), template), tmp_path))


def test_long_texts_run_on_and_the_signatures_stay_together_on_the_last_page(
        store: TemplateStore) -> None:
    texts = dict(store.current_template("ru").texts)
    texts["ru"] = texts["ru"].replace("Заказчик:\n", "Заказчик:\n" + "строка\n" * 120, 1)
    pdf = generate(data(), store.save_template("ru", texts))
    reader = PdfFileReader(BytesIO(pdf))
    pages = reader.root["/Pages"]["/Kids"]
    assert len(pages) > 3
    last = pages.raw_get(len(pages) - 1).idnum
    assert {ref.get_object().raw_get("/P").idnum
            for _name, _value, ref in enumerate_sig_fields(reader)} == {last}


def test_a_signature_row_longer_than_a_page_is_a_clear_refusal(store: TemplateStore) -> None:
    texts = dict(store.current_template("ru").texts)
    texts["ru"] = texts["ru"].replace("@ Подпись Заказчика (ЭЦП)", "@ " + "подпись " * 900, 1)
    template = store.save_template("ru", texts)
    with pytest.raises(ContractError) as caught:
        generate(data(), template)
    assert caught.value.code == "layout" and "lines that start with “@”" in str(caught.value)


# templates: checks and versions


def _broken(store: TemplateStore, old: str, new: str, layout: str = "ru",
            language: str = "ru") -> TemplateError:
    texts = dict(store.current_template(layout).texts)
    assert old in texts[language], old
    texts[language] = texts[language].replace(old, new, 1)
    with pytest.raises(TemplateError) as caught:
        store.save_template(layout, texts)
    return caught.value


@pytest.mark.parametrize(("old", "new", "code", "words"), [
    ("{child_iin}", "{child_age}", "unknown_placeholder", "{child_age} is not a known"),
    ("{child_iin}", "{child_iin:>20}", "bad_placeholder", "“{child_iin:>20}” is not a"),
    ("{child_iin}", "{child.iin}", "bad_placeholder", "“{child.iin}”"),
    ("{child_iin}", "{}", "bad_placeholder", "“{}”"),
    ("{child_iin}", "{child_iin!r}", "bad_placeholder", "“{child_iin!r}”"),
    ("{child_iin}", "{child_iin", "unbalanced_brace", "brace is not closed"),
    ("{child_iin}", "child_iin}", "unbalanced_brace", "write it twice"),
    ("= ДОГОВОР № {contract_number}\n= об", "ДОГОВОР № {contract_number}\nоб",
     "missing_title", "no title"),
    ("[parent]\n", "", "missing_block", "no [parent] block"),
    ("[parent]\n", "[parent]\n[parent]\n", "duplicate_block", "[parent] is there twice"),
    ("[parent]\n", "[родитель]\n", "unknown_block", "[родитель] is not a block"),
    ("@ Подпись Заказчика (ЭЦП)", "Подпись Заказчика (ЭЦП)", "caption_count", "“@”"),
    ("@ Подпись Заказчика (ЭЦП)", "@ Подпись\n@ Ещё", "caption_count", "exactly one"),
    ("Заказчик:\n", "Заказчик:\n# 7. Ещё\n", "after_parties", "cannot follow"),
    ("# 2. Права", "= Заголовок\n# 2. Права", "late_title", "belong at the top"),
    ("| {locality} | {contract_date} г.", "| {locality} | {contract_date} | г.", "bad_row",
     "exactly two parts"),
])
def test_save_refuses_a_broken_text_and_writes_nothing(store: TemplateStore, old: str,
                                                       new: str, code: str,
                                                       words: str) -> None:
    error = _broken(store, old, new)
    assert error.code == code
    assert words in str(error)
    assert error.language == "ru"
    if error.line:
        assert f"Russian text, line {error.line}" in str(error)
    assert not store.folder.exists() or not list(store.folder.iterdir())
    assert store.current_template("ru").version == 1


def test_the_line_of_a_problem_is_named() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_text("= Title\n\ntext {nope}\n", "kk")
    assert (caught.value.line, caught.value.language) == (3, "kk")
    assert str(caught.value).startswith("Kazakh text, line 3:")
    with pytest.raises(TemplateError) as caught:
        parse_text("  \n", "ru")
    assert caught.value.code == "empty"


def test_bilingual_columns_need_the_same_sections(store: TemplateStore) -> None:
    error = _broken(store, "# 5. Заключительные положения\n", "", layout="bilingual")
    assert error.code == "sections_differ"
    assert "Kazakh text has 6 sections and the Russian text 5" in str(error)


def test_versions_are_kept_numbered_and_never_overwritten(store: TemplateStore) -> None:
    shipped = store.current_template("kk")
    texts = {"kk": shipped.texts["kk"].replace("1.1. ", "1.1. (өзгертілді) ", 1)}
    second = store.save_template("kk", texts, based_on=1, note="first edit",
                                 now=datetime(2025, 2, 10, 9, tzinfo=UTC))
    assert (second.version, second.based_on, second.shipped) == (2, 1, False)
    first_file = store.folder / "kk-v002.json"
    before = first_file.read_bytes()
    # Another desk sharing the profile saved version 3 meanwhile: the next save is 4.
    (store.folder / "kk-v003.json").write_text(json.dumps(
        second.to_json() | {"version": 3}), encoding="utf-8")
    fourth = store.save_template("kk", {"kk": shipped.texts["kk"]}, based_on=2)
    assert fourth.version == 4
    assert first_file.read_bytes() == before
    # A damaged file is skipped, never chosen, and its number never reused.
    (store.folder / "kk-v005.json").write_text("{not json", encoding="utf-8")
    assert [t.version for t in store.versions("kk")] == [1, 2, 3, 4]
    assert store.current_template("kk").version == 4
    assert store.save_template("kk", texts).version == 6
    again = store.template("kk", 2)
    assert again.texts == second.texts and again.note == "first edit"
    assert again.saved_at == datetime(2025, 2, 10, 9, tzinfo=UTC)
    assert store.current_template("ru").version == 1  # layouts are versioned apart
    with pytest.raises(KeyError):
        store.template("kk", 99)


def test_a_contract_records_the_version_it_was_made_from(store: TemplateStore) -> None:
    shipped = store.current_template("kk")
    edited = store.save_template(
        "kk", {"kk": shipped.texts["kk"].replace("1.2. ", "1.2. Өзгеріс. ", 1)})
    made = generate(data(), store.current_template("kk"))
    assert template_of(made) == ("kk", 2, edited.digest)
    assert edited.digest != shipped.digest
    assert template_of(generate(data(), store.template("kk", 1))) == ("kk", 1, shipped.digest)


def test_windows_line_ends_and_trailing_spaces_are_cleaned(store: TemplateStore) -> None:
    shipped = store.current_template("ru").texts["ru"]
    saved = store.save_template("ru", {"ru": shipped.replace("\n", "  \r\n") + "\r\n\r\n"})
    assert saved.texts["ru"] == shipped


# the data, from a cache synced with the live sandbox


def test_contract_data_from_the_synced_cache(sandbox: str, tmp_path: Path,
                                             store: TemplateStore) -> None:
    client = SandboxClient(sandbox)
    world = World(client)
    client.set_clock(START)
    # A kindergarten with an address and a phone, and a director the feed names.
    kg = client.add_kindergarten(
        make_bin(date(2016, 3, 1), random.SystemRandom().randrange(1, 90_000)),
        "КМҚК «№7 «Еркетай» бөбекжай-бақшасы»", world.locality, ["kk", "ru"],
        [{"name": "Ортаңғы топ «Күншуақ»", "age_from": 3, "age_to": 4, "language": "kk",
          "capacity": 20}], address="г. Уральск, улица Курмангазы, 160",
        phone="+77112212707")
    director = world.person(date(1979, 11, 2), "female", last_name="Жұмабаева",
                            first_name="Сәуле", patronymic="Қайратқызы")
    client.add_staff(kg["bin"], director, ["director", "administrator"], PASSWORD)
    family, app = world.request_at(kg)
    portal = PortalClient(sandbox, language="ru")
    portal.login(director, PASSWORD)
    cache = open_cache(tmp_path / "cache.db", CACHE_KEY)
    try:
        SyncEngine(cache, portal).run_cycle()
        found = contract_data(cache, app["id"], on=date(2025, 2, 10))
        assert found.kindergarten_name == "КМҚК «№7 «Еркетай» бөбекжай-бақшасы»"
        assert found.kindergarten_bin == kg["bin"]
        assert found.kindergarten_address == "г. Уральск, улица Курмангазы, 160"
        assert found.kindergarten_phone == "+77112212707"
        assert found.director_name == "Жұмабаева Сәуле Қайратқызы"
        assert found.parent_iin == family.parent_iin and found.parent_phone == family.phone
        assert found.parent_name == "Сейткали Әйгерім Нұрланқызы"
        assert found.child_iin == family.child_iin
        assert found.child_name == "Сейткали Нұрсұлтан Нұрланұлы"
        assert found.child_birth_date == family.child_birth
        assert found.application_number == app["number"]
        assert found.application_date == date(2025, 2, 6)
        assert (found.contract_number, found.contract_date) == (str(app["number"]),
                                                                date(2025, 2, 10))
        assert (found.group_name, found.group_language, found.group_age_from,
                found.group_age_to) == ("Ортаңғы топ «Күншуақ»", "kk", 3, 4)
        assert found.group_start_date == date(2025, 9, 1)
        assert found.locality == world.locality and found.missing == ()
        pdf = generate(found, store.current_template(default_layout(found)))
        text = one_line(pdftotext(pdf, tmp_path))
        assert found.child_iin in text and "Жұмабаева Сәуле Қайратқызы" in text
        assert "Курмангазы, 160" in text and found.parent_iin in text

        with pytest.raises(ContractError) as caught:
            contract_data(cache, 999_999_999)
        assert caught.value.code == "request_missing"
        with cache.write() as session:
            for row in session.scalars(select(Kindergarten)):
                session.delete(row)
        with pytest.raises(ContractError) as caught:
            contract_data(cache, app["id"])
        assert caught.value.code == "kindergarten_missing"
        with cache.write() as session:
            group = session.get(Group, kg["groups"][0]["id"])
            assert group is not None
            session.delete(group)
        with pytest.raises(ContractError) as caught:
            contract_data(cache, app["id"])
        assert caught.value.code == "group_missing" and "synchronise" in str(caught.value)
    finally:
        cache.close()
        portal.close()
        client.close()


def test_a_request_without_its_parent_cannot_make_a_contract(sandbox: str,
                                                               tmp_path: Path) -> None:
    site = make_site(sandbox, requests=1)
    portal = PortalClient(sandbox, language="ru")
    portal.login(site.director_login, site.password)
    cache = open_cache(tmp_path / "cache.db", CACHE_KEY)
    try:
        SyncEngine(cache, portal).run_cycle()
        request_id = site.requests[0]["id"]
        # A portal that leaves the parent out (the feed carries it; an adapter might not).
        with cache.write() as session:
            request = session.get(Request, request_id)
            assert request is not None
            request.data = {**request.data, "parent": None}
        with pytest.raises(ContractError) as caught:
            contract_data(cache, request_id)
        assert caught.value.code == "parent_missing"
    finally:
        cache.close()
        portal.close()
        site.world.client.close()
