"""`python -m desktop contract make`: contracts from the profile's templates, one JSON line of
a contract's data in, the path of its PDF out; the real command in a child process, as
scripts and the portal sandbox's demo world run it."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict, replace
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from desktop.services.contracts import (
    DIRECTOR_FIELD,
    PARENT_FIELD,
    ContractData,
    default_layout,
    generate,
    sample_contract_data,
    template_of,
)
from desktop.services.templates import TemplateStore, templates_dir

ROOT = Path(__file__).parents[2]
KAZAKH = sample_contract_data()
RUSSIAN = replace(KAZAKH, request_id=8, application_number=257063, contract_number="257063",
                  parent_name="Иванова Анна Петровна", child_name="Иванов Пётр Сергеевич",
                  group_name="Средняя группа «Солнышко»", group_language="ru",
                  application_date=None)


def as_json(data: ContractData, **changes: Any) -> str:
    found = {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(data).items()}
    found.update(changes)
    return json.dumps({k: v for k, v in found.items() if v is not ...}, ensure_ascii=False)


def command(profile: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--profile", str(profile), "--lang", "en",
            "contract", "make", "--out", str(out), *extra]


def make(profile: Path, env: dict[str, str], out: Path, lines: list[str], *extra: str
         ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command(profile, out, *extra), input="\n".join(lines) + "\n",
                            env=env, capture_output=True, text=True, encoding="utf-8",
                            timeout=120, cwd=ROOT)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def shipped(profile: Path, data: ContractData, layout: str | None = None) -> bytes:
    store = TemplateStore(templates_dir(profile))
    return generate(data, store.current_template(layout or default_layout(data)))


def test_each_line_is_the_contract_the_window_makes(profile_dir: Path,
                                                   child_env: dict[str, str],
                                                   tmp_path: Path) -> None:
    out = tmp_path / "made"  # made by the command
    result = make(profile_dir, child_env, out, [as_json(KAZAKH), as_json(RUSSIAN)])
    assert result.returncode == 0, result.stderr
    kazakh, russian = out / "257062.pdf", out / "257063.pdf"
    assert result.stdout.splitlines() == [str(kazakh), str(russian)]
    assert kazakh.read_bytes() == shipped(profile_dir, KAZAKH)
    assert russian.read_bytes() == shipped(profile_dir, RUSSIAN)
    assert template_of(kazakh.read_bytes())[:2] == ("kk", 1)  # type: ignore[index]
    assert template_of(russian.read_bytes())[:2] == ("ru", 1)  # type: ignore[index]
    assert sorted(p.name for p in out.iterdir()) == ["257062.pdf", "257063.pdf"]


def test_a_bad_line_is_refused_by_its_number_and_the_rest_are_made(
        profile_dir: Path, child_env: dict[str, str], tmp_path: Path) -> None:
    lines = [
        as_json(KAZAKH),
        as_json(RUSSIAN, group_language="en"),
        "{not json",
        "",  # an empty line is skipped, and counted
        as_json(RUSSIAN, child_birth_date="29.08.2023"),
        as_json(RUSSIAN, parent_iin=...),
        as_json(RUSSIAN, group_age_to="4"),
        as_json(RUSSIAN, contract_number="../257063"),
        as_json(RUSSIAN, child_nmae="Иванов"),
        "[1, 2]",
        as_json(RUSSIAN),
    ]
    out = tmp_path / "made"
    result = make(profile_dir, child_env, out, lines)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [str(out / "257062.pdf"), str(out / "257063.pdf")]
    said = result.stderr.splitlines()
    assert said == [
        "Line 2: “group_language” must be kk or ru",
        said[1],
        "Line 5: “child_birth_date” must be a date written YYYY-MM-DD",
        "Line 6: the field “parent_iin” is missing",
        "Line 7: “group_age_to” must be a whole number",
        said[5],
        "Line 9: “child_nmae” is not a field of a contract (misspelt?)",
        "Line 10: not a JSON object of a contract's fields",
    ]
    assert said[1].startswith("Line 3: not JSON (")
    assert said[5].startswith("Line 8: the contract number “../257063” cannot name a file")
    assert sorted(p.name for p in out.iterdir()) == ["257062.pdf", "257063.pdf"]
    assert (out / "257063.pdf").read_bytes() == shipped(profile_dir, RUSSIAN)


def test_the_made_contract_has_both_empty_signature_fields(
        profile_dir: Path, child_env: dict[str, str], tmp_path: Path) -> None:
    result = make(profile_dir, child_env, tmp_path, [as_json(KAZAKH)], "--layout", "bilingual")
    assert result.returncode == 0, result.stderr
    pdf = (tmp_path / "257062.pdf").read_bytes()
    assert pdf == shipped(profile_dir, KAZAKH, "bilingual")
    reader = PdfFileReader(BytesIO(pdf))
    assert reader.total_revisions == 1
    empty = {name for name, value, _ref in enumerate_sig_fields(reader, filled_status=False)}
    assert empty == {PARENT_FIELD, DIRECTOR_FIELD}
    assert template_of(pdf)[:2] == ("bilingual", 1)  # type: ignore[index]


def test_the_profiles_own_template_version_is_used(profile_dir: Path,
                                                   child_env: dict[str, str],
                                                   tmp_path: Path) -> None:
    store = TemplateStore(templates_dir(profile_dir))
    texts = dict(store.current_template("kk").texts)
    texts["kk"] = texts["kk"].replace("= ", "= ЖАҢА ", 1)
    saved = store.save_template("kk", texts, based_on=1)
    result = make(profile_dir, child_env, tmp_path, [as_json(KAZAKH)])
    assert result.returncode == 0, result.stderr
    pdf = (tmp_path / "257062.pdf").read_bytes()
    assert template_of(pdf) == ("kk", saved.version, saved.digest)
    assert pdf == generate(KAZAKH, saved)


def test_one_process_answers_each_line_as_it_comes(profile_dir: Path,
                                                   child_env: dict[str, str],
                                                   tmp_path: Path) -> None:
    """A caller writes a line and waits for its path before it writes the next: each
    answer must come (flushed) while stdin is still open."""
    with subprocess.Popen(command(profile_dir, tmp_path), stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env,
                          cwd=ROOT, text=True, encoding="utf-8") as child:
        assert child.stdin is not None and child.stdout is not None
        try:
            for data in (KAZAKH, RUSSIAN, replace(KAZAKH, contract_number="257064")):
                child.stdin.write(as_json(data) + "\n")
                child.stdin.flush()
                answer = Path(child.stdout.readline().rstrip("\n"))
                assert answer == tmp_path / f"{data.contract_number}.pdf"
                assert answer.read_bytes() == shipped(profile_dir, data)
            child.stdin.close()
            assert child.wait(timeout=60) == 0
        finally:
            if child.poll() is None:
                child.kill()
