"""Contract templates: the shipped defaults and the administrator's own versions.

A template is the contract's text per language, with `{placeholders}` the generator fills
from the request, and a little line markup (see `MARKUP`). There is one per layout: Kazakh,
Russian, and bilingual (Kazakh and Russian side by side, section by section).

Versions are never overwritten: the shipped defaults live in `resources/contracts/` and an
administrator's edit is saved in the profile as a new file with the next number, so every
contract can name the exact text it came from (its template version and digest are written
into the PDF) and an older version can be looked at again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.services.program_files import resources_dir
from desktop.services.translation import translate

log = logging.getLogger(__name__)

FORMAT = 1
LAYOUTS = ("kk", "ru", "bilingual")
# The languages each layout's text is written in, left column first.
LAYOUT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "kk": ("kk",), "ru": ("ru",), "bilingual": ("kk", "ru"),
}

# Every name a template may use; the generator supplies each (contracts.ContractData).
PLACEHOLDERS = (
    "contract_number", "contract_date", "locality",
    "application_number", "application_date",
    "kindergarten_name", "kindergarten_bin", "kindergarten_address", "kindergarten_phone",
    "director_name",
    "parent_name", "parent_iin", "parent_phone",
    "child_name", "child_iin", "child_birth_date",
    "group_name", "group_language", "group_ages", "group_start_date",
)

# The line markup, for the editor's help and for the parser below.
TITLE, HEADING, ROW, CAPTION = "=", "#", "|", "@"
PARTIES = ("kindergarten", "parent")
MARKUP = {
    "title": TITLE, "heading": HEADING, "row": ROW, "caption": CAPTION,
    "kindergarten": "[kindergarten]", "parent": "[parent]",
}
_PARTY_LINE = re.compile(r"^\[([^\]]*)\]\s*$")
_FILE_NAME = re.compile(r"^(kk|ru|bilingual)-v(\d+)\.json$")


SHIPPED_DIR = resources_dir() / "contracts"


def templates_dir(data_dir: Path) -> Path:
    """Where a profile keeps the administrator's template versions."""
    return data_dir / "contract-templates"


class TemplateError(Exception):
    """A template text that cannot make a contract; the message says where and what to do.

    `code` names the case, `language` the text (kk or ru) and `line` the line (from 1) it
    was found in, when it is in one."""

    def __init__(self, code: str, message: str, language: str | None = None,
                 line: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.language = language
        self.line = line


class TemplateSaveError(Exception):
    """A checked template could not be written to the profile (a full disk, no right to
    write the folder); the message says so and what to do."""


# parsing


@dataclass(frozen=True)
class Block:
    """One line of the body: a title line, a heading, a left|right row or a paragraph."""

    kind: str  # "title", "heading", "row" or "paragraph"
    text: str
    right: str = ""


@dataclass(frozen=True)
class Party:
    """A party's details (lines) and the caption over its signature box."""

    lines: tuple[str, ...]
    caption: str


@dataclass(frozen=True)
class ParsedText:
    """One language's text: what comes before the first heading, the sections (each
    starting with its heading), and the parties' blocks that end the contract."""

    preamble: tuple[Block, ...]
    sections: tuple[tuple[Block, ...], ...]
    kindergarten: Party
    parent: Party


def _text_name(language: str | None) -> str:
    if language == "kk":
        return translate("Templates", "Kazakh text")
    if language == "ru":
        return translate("Templates", "Russian text")
    return translate("Templates", "Text")


def _where(language: str | None, line: int) -> str:
    return translate("Templates", "{text}, line {line}").format(
        text=_text_name(language), line=line)


def check_placeholders(line: str, language: str | None = None, number: int = 0) -> None:
    """Refuse anything in braces that is not a known placeholder; `{{` and `}}` are braces
    printed as they are."""
    example = "{child_name}"
    try:
        parts = list(string.Formatter().parse(line))
    except ValueError:
        raise TemplateError("unbalanced_brace", translate(
            "Templates", "{where}: a brace is not closed or not opened. A placeholder is a "
            "name from the list in braces, such as {example}; to print a brace itself, write "
            "it twice.").format(where=_where(language, number), example=example),
            language, number) from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if not name or spec or conversion or not name.isidentifier():
            shown = "{" + name + (f"!{conversion}" if conversion else "") + \
                (f":{spec}" if spec else "") + "}"
            raise TemplateError("bad_placeholder", translate(
                "Templates", "{where}: “{field}” is not a placeholder. A placeholder is a "
                "name from the list in braces, such as {example}.").format(
                where=_where(language, number), field=shown, example=example),
                language, number)
        if name not in PLACEHOLDERS:
            raise TemplateError("unknown_placeholder", translate(
                "Templates", "{where}: {{{name}}} is not a known placeholder. Insert one from "
                "the list, or correct the name.").format(
                where=_where(language, number), name=name), language, number)


def parse_text(text: str, language: str | None = None) -> ParsedText:
    """Read one language's text; `TemplateError` for the first thing that is wrong."""
    preamble: list[Block] = []
    sections: list[list[Block]] = []
    parties: dict[str, tuple[list[str], list[str], int]] = {}
    party: str | None = None
    has_title = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        check_placeholders(line, language, number)
        marker = _PARTY_LINE.match(line)
        if marker:
            name = marker.group(1).strip()
            if name not in PARTIES:
                raise TemplateError("unknown_block", translate(
                    "Templates", "{where}: [{name}] is not a block this template knows: "
                    "use [kindergarten] or [parent].").format(
                    where=_where(language, number), name=name), language, number)
            if name in parties:
                raise TemplateError("duplicate_block", translate(
                    "Templates", "{where}: the block [{name}] is there twice: keep one.")
                    .format(where=_where(language, number), name=name), language, number)
            party = name
            parties[name] = ([], [], number)
            continue
        if party is not None:
            lines, captions, _start = parties[party]
            if line.startswith(CAPTION):
                captions.append(line[1:].strip())
            elif line[0] in (TITLE, HEADING, ROW):
                raise TemplateError("after_parties", translate(
                    "Templates", "{where}: titles, headings and rows cannot follow the "
                    "[kindergarten] and [parent] blocks: the parties' details end the "
                    "contract.").format(where=_where(language, number)), language, number)
            else:
                lines.append(line)
            continue
        target = sections[-1] if sections else preamble
        if line.startswith(TITLE):
            if sections:
                raise TemplateError("late_title", translate(
                    "Templates", "{where}: title lines (“=”) belong at the top, before the "
                    "first heading.").format(where=_where(language, number)),
                    language, number)
            has_title = True
            target.append(Block("title", line[1:].strip()))
        elif line.startswith(HEADING):
            sections.append([Block("heading", line[1:].strip())])
        elif line.startswith(ROW):
            cells = line[1:].split(ROW)
            if len(cells) != 2 and not (len(cells) == 3 and not cells[2].strip()):
                raise TemplateError("bad_row", translate(
                    "Templates", "{where}: a row is written “| left text | right text”, with "
                    "exactly two parts.").format(where=_where(language, number)),
                    language, number)
            target.append(Block("row", cells[0].strip(), cells[1].strip()))
        else:
            target.append(Block("paragraph", line))
    if not text.strip():
        raise TemplateError("empty", translate(
            "Templates", "{text} is empty: write the contract's text.").format(
            text=_text_name(language)), language)
    if not has_title:
        raise TemplateError("missing_title", translate(
            "Templates", "{text} has no title: start it with a line that begins with "
            "“=”.").format(text=_text_name(language)), language)
    for name in PARTIES:
        if name not in parties:
            raise TemplateError("missing_block", translate(
                "Templates", "{text} has no [{name}] block: the contract ends with the "
                "blocks [kindergarten] and [parent], the parties' details and signatures.")
                .format(text=_text_name(language), name=name), language)
    found: dict[str, Party] = {}
    for name in PARTIES:
        lines, captions, start = parties[name]
        if len(captions) != 1:
            raise TemplateError("caption_count", translate(
                "Templates", "{where}: the block [{name}] needs exactly one line that starts "
                "with “@”: the caption over its signature box.").format(
                where=_where(language, start), name=name), language, start)
        found[name] = Party(tuple(lines), captions[0])
    return ParsedText(tuple(preamble), tuple(tuple(s) for s in sections),
                      found["kindergarten"], found["parent"])


def parse_texts(layout: str, texts: Mapping[str, str]) -> dict[str, ParsedText]:
    """Every language of a layout, checked; the bilingual columns must pair section by
    section."""
    if layout not in LAYOUTS:
        raise ValueError(f"no such template layout: {layout!r}")
    parsed = {language: parse_text(texts.get(language, ""), language)
              for language in LAYOUT_LANGUAGES[layout]}
    if layout == "bilingual":
        kk, ru = len(parsed["kk"].sections), len(parsed["ru"].sections)
        if kk != ru:
            raise TemplateError("sections_differ", translate(
                "Templates", "The Kazakh text has {kk} sections and the Russian text {ru}. "
                "The two columns are laid out side by side section by section, so both need "
                "the same number of headings (lines that start with “#”).").format(
                kk=kk, ru=ru))
    return parsed


# templates and their versions


@dataclass(frozen=True)
class Template:
    layout: str
    version: int
    texts: Mapping[str, str] = field(hash=False)
    saved_at: datetime | None = None  # None: shipped with the program
    based_on: int | None = None
    note: str = ""

    @property
    def shipped(self) -> bool:
        return self.saved_at is None

    @property
    def languages(self) -> tuple[str, ...]:
        return LAYOUT_LANGUAGES[self.layout]

    @property
    def digest(self) -> str:
        """The texts' SHA-256 (hex): what a contract records beside the version number."""
        canonical = json.dumps({k: self.texts[k] for k in self.languages}, sort_keys=True,
                               ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def parsed(self) -> dict[str, ParsedText]:
        return parse_texts(self.layout, self.texts)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "layout": self.layout, "version": self.version,
            "based_on": self.based_on,
            "saved_at": self.saved_at.isoformat() if self.saved_at else None,
            "note": self.note,
            "texts": {k: self.texts[k].split("\n") for k in self.languages},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Template:
        if data.get("format") != FORMAT or data.get("layout") not in LAYOUTS:
            raise ValueError("not a contract template of this program")
        layout = str(data["layout"])
        raw = data["texts"]
        texts = {k: "\n".join(str(line) for line in raw[k]) for k in LAYOUT_LANGUAGES[layout]}
        saved = data.get("saved_at")
        based = data.get("based_on")
        return cls(layout, int(data["version"]), texts,
                   datetime.fromisoformat(saved) if saved else None,
                   int(based) if based is not None else None, str(data.get("note") or ""))


def _read(path: Path) -> Template:
    return Template.from_json(json.loads(path.read_text(encoding="utf-8")))


class TemplateStore:
    """The templates one profile can use: shipped defaults plus the administrator's saved
    versions (one file each, never overwritten)."""

    def __init__(self, folder: Path, shipped_dir: Path = SHIPPED_DIR) -> None:
        self.folder = folder
        self.shipped_dir = shipped_dir

    def _saved_files(self, layout: str) -> list[tuple[int, Path]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _FILE_NAME.match(path.name)
            if match and match.group(1) == layout:
                found.append((int(match.group(2)), path))
        return sorted(found)

    def versions(self, layout: str) -> list[Template]:
        """Every usable version, oldest first (a damaged file is skipped and logged)."""
        if layout not in LAYOUTS:
            raise ValueError(f"no such template layout: {layout!r}")
        found = [_read(self.shipped_dir / f"{layout}.json")]
        for number, path in self._saved_files(layout):
            try:
                template = _read(path)
                if template.layout != layout or template.version != number:
                    raise ValueError("its name and its content disagree")
                template.parsed()
            except (OSError, ValueError, KeyError, TypeError, TemplateError) as exc:
                log.warning("contract template %s skipped: %s", path.name, exc)
                continue
            found.append(template)
        return sorted(found, key=lambda t: (t.version, not t.shipped))

    def template(self, layout: str, version: int) -> Template:
        for template in reversed(self.versions(layout)):
            if template.version == version:
                return template
        raise KeyError(f"{layout} template version {version} not found")

    def current_template(self, layout: str) -> Template:
        """The newest version: the administrator's latest, or the shipped default."""
        return self.versions(layout)[-1]

    def save_template(self, layout: str, texts: Mapping[str, str], *, based_on: int | None = None,
                      note: str = "", now: datetime | None = None) -> Template:
        """Check the texts and keep them as the layout's next version.

        `TemplateError` (nothing written) when a text has an unknown placeholder or broken
        markup, `TemplateSaveError` when the file cannot be written. The file is created
        exclusively: a version number once written is never
        written again, even by two saves at the same moment."""
        cleaned = {k: _clean(texts.get(k, "")) for k in LAYOUT_LANGUAGES[layout]}
        parse_texts(layout, cleaned)
        try:
            return self._write(layout, cleaned, based_on, note, now)
        except OSError as exc:
            raise TemplateSaveError(translate(
                "Templates", "The template could not be saved in {folder} ({reason}). Check "
                "that the disk has space and the folder can be written, then save again.")
                .format(folder=self.folder, reason=exc.strerror or exc)) from exc

    def _write(self, layout: str, cleaned: dict[str, str], based_on: int | None, note: str,
               now: datetime | None) -> Template:
        self.folder.mkdir(parents=True, exist_ok=True)
        saved_at = (now or datetime.now(UTC)).replace(microsecond=0)
        numbers = [t.version for t in self.versions(layout)]
        numbers += [n for n, _ in self._saved_files(layout)]  # damaged ones keep their number
        version = max(numbers) + 1
        while True:
            template = Template(layout, version, cleaned, saved_at, based_on, note)
            path = self.folder / f"{layout}-v{version:03d}.json"
            try:
                with open(path, "x", encoding="utf-8") as out:
                    json.dump(template.to_json(), out, ensure_ascii=False, indent=2)
                    out.write("\n")
                    out.flush()
                    os.fsync(out.fileno())
            except FileExistsError:
                version += 1
                continue
            return template


def _clean(text: str) -> str:
    # Editors on Windows hand back \r\n and trailing spaces; neither means anything here.
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip("\n")
