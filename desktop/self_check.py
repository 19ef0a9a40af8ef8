"""`python -m desktop --self-check` (and the bundled `balabaqsha-desk --self-check`): prove an
install works, headless, without touching the person's profile.

Each check runs what the program itself runs, in a temporary folder: every module imports;
Qt finds its plugins and libraries; an encrypted local cache opens and migrates; the three
translations load; a contract PDF with Kazakh text is made with its fonts embedded and
renders; the built-in portal sandbox starts and stops; a key from the sandbox's test PKI
signs the contract and the signature verifies. One line per check, `ok` or what failed;
exit code 0 only when all passed.

Like the program, the check reads the program's files from the folder
`desktop.services.program_files` names (`BALABAQSHA_PROGRAM_FILES` points it at a copy).
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import os
import pkgutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services import program_files

# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate

LANGUAGES = ("kk", "ru", "en")
# A message each translation must carry (BulkActions, with a plural form): the English
# one too, whose plural forms are its own.
KNOWN_MESSAGE = ("BulkActions", "Download cancelled: %n document(s) downloaded.")

# The Qt plugins the program cannot do without, per platform: the windowing system (and
# offscreen, for this check and headless use), images and icons (JPEG scans, SVG icons),
# printing, and on Windows the native style.
QT_PLUGINS: dict[str, tuple[tuple[str, str], ...]] = {
    "linux": (("platforms", "qxcb"), ("platforms", "qoffscreen"), ("imageformats", "qjpeg"),
              ("imageformats", "qsvg"), ("iconengines", "qsvgicon"),
              ("printsupport", "cupsprintersupport")),
    "win32": (("platforms", "qwindows"), ("platforms", "qoffscreen"),
              ("imageformats", "qjpeg"), ("imageformats", "qsvg"),
              ("iconengines", "qsvgicon"), ("styles", "qmodernwindowsstyle")),
}
QT_MODULES = ("QtWidgets", "QtPrintSupport", "QtPdf", "QtSvg", "QtCharts")

# The test director of the signature check: a real-looking IIN and BIN (valid check
# digits) and the sample contract's kindergarten.
DIRECTOR = {"iin": "850312400019", "last_name": "Жұмабаева", "first_name": "Сәуле",
            "patronymic": "Қайратқызы", "sex": "female", "birth_date": "1985-03-12"}
KEY_PASSWORD = "self-check"


class CheckFailed(Exception):
    """What is missing or broken, for the check's line."""


@dataclass
class Outcome:
    name: str
    problem: str | None = None


@dataclass
class Context:
    """What the checks share: the temporary folder, and what earlier checks made."""

    folder: Path
    app: Any = None
    contract: bytes | None = None
    portal_url: str | None = None


# --- the checks ---------------------------------------------------------------------------


def client_modules() -> int:
    """Import every module of the client; the number imported."""
    import desktop

    failed = []
    names = [m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # any failure to import is what this check reports
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        raise CheckFailed(translate("self_check", "cannot import {modules}").format(
            modules="; ".join(failed)))
    return len(names)


def sandbox_modules() -> None:
    """The sandbox imports its own modules, in a child process as it always runs (the
    client never imports it)."""
    from desktop.services.embedded import sandbox_command

    done = subprocess.run(sandbox_command("check-modules"), capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=300,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    if done.returncode != 0:
        said = (done.stdout.strip() or done.stderr.strip()).splitlines()
        raise CheckFailed(said[-1] if said else translate(
            "self_check", "the sandbox's module check ended with code {code}").format(
            code=done.returncode))


def qt_plugins_dir() -> Path:
    """The Qt plugins folder the program uses; in a copy named by BALABAQSHA_PROGRAM_FILES,
    the same place relative to it as in the installed PySide6."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if not os.environ.get(program_files.PROGRAM_FILES_ENV):
        return plugins
    return program_files.root() / plugins.relative_to(Path(PySide6.__file__).parents[1])


def _plugin_file(name: str) -> str:
    if sys.platform == "win32":
        return f"{name}.dll"
    return f"lib{name}.dylib" if sys.platform == "darwin" else f"lib{name}.so"


def qt_plugins(context: Context) -> None:
    folder = qt_plugins_dir()
    platform = "win32" if sys.platform == "win32" else "linux"
    missing = [f"{kind}/{_plugin_file(name)}" for kind, name in QT_PLUGINS[platform]
               if not (folder / kind / _plugin_file(name)).is_file()]
    if missing:
        raise CheckFailed(translate("self_check", "missing {files} in {folder}").format(
            files=", ".join(missing), folder=folder))


def qt_libraries(context: Context) -> None:
    """The application object on the offscreen platform, and the Qt modules the program
    loads later (viewer, printing, charts)."""
    from desktop.views.runtime.fonts import has_kazakh_letters, install_fonts

    missing = []
    for name in QT_MODULES:
        try:
            importlib.import_module(f"PySide6.{name}")
        except ImportError as exc:
            missing.append(f"PySide6.{name} ({exc})")
    if missing:
        raise CheckFailed(translate("self_check", "cannot load {modules}").format(
            modules="; ".join(missing)))
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    if os.environ.get(program_files.PROGRAM_FILES_ENV):
        # Qt loads its plugins from the copy being checked, not from the installed one.
        QCoreApplication.setLibraryPaths([str(qt_plugins_dir())])
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        ["balabaqsha-desk", "--self-check"])
    context.app = app
    install_fonts(app)
    if not has_kazakh_letters(app.font()):
        raise CheckFailed(translate(
            "self_check", "the interface font has no Kazakh letters: the fonts in {folder} "
            "are missing").format(folder=program_files.resources_dir() / "fonts"))
    QPrinter()


def encrypted_cache(context: Context) -> None:
    from desktop.models import schema
    from desktop.services.cache import open_cache

    path = context.folder / "cache" / "self-check.db"
    cache = open_cache(path, "self-check key " + "0" * 32)
    try:
        with cache.connection() as connection:
            if not schema.is_current(connection):
                raise CheckFailed(translate("self_check", "the schema was not migrated"))
    finally:
        cache.close()
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise CheckFailed(translate("self_check", "the file is not encrypted"))


def translations(context: Context) -> None:
    from PySide6.QtCore import QTranslator

    folder = program_files.i18n_dir()
    problems = []
    for language in LANGUAGES:
        translator = QTranslator()
        name = f"balabaqsha_{language}"
        if not translator.load(name, str(folder)):
            problems.append(translate("self_check", "{file} is missing or unreadable").format(
                file=folder / f"{name}.qm"))
            continue
        context_name, source = KNOWN_MESSAGE
        text = translator.translate(context_name, source, None, 1)
        if not text or text == source:
            problems.append(translate("self_check", "{file} does not translate “{text}”")
                            .format(file=folder / f"{name}.qm", text=source))
    if problems:
        raise CheckFailed("; ".join(problems))


def _resolved(value: Any) -> Any:
    """A PDF object itself, whether stored directly or by reference."""
    return value.get_object() if hasattr(value, "get_object") else value


def _fonts_of(reader: Any) -> list[Any]:
    """Every font dictionary used by the PDF's pages and the forms they draw."""
    fonts: list[Any] = []
    seen: set[int] = set()

    def resources(dictionary: Any) -> None:
        found = dictionary.get("/Resources")
        if found is None:
            return
        found = _resolved(found)
        if id(found) in seen:
            return
        seen.add(id(found))
        for font in _resolved(found.get("/Font", {})).values():
            fonts.append(_resolved(font))
        for xobject in _resolved(found.get("/XObject", {})).values():
            resources(_resolved(xobject))

    for page_index in range(reader.root["/Pages"]["/Count"]):
        page_ref, _ = reader.find_page_for_modification(page_index)
        resources(page_ref.get_object())
    return fonts


def _embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = _resolved(_resolved(font["/DescendantFonts"])[0])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = _resolved(descriptor)
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def contract_pdf(context: Context) -> None:
    """The bilingual contract (Kazakh and Russian side by side) of the template editor's
    sample data, its fonts embedded; the document viewer (QtPdf) renders it."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    from desktop.services.contracts import generate, sample_contract_data
    from desktop.services.templates import TemplateStore

    store = TemplateStore(context.folder / "templates")
    pdf = generate(sample_contract_data(), store.current_template("bilingual"))
    fonts = _fonts_of(PdfFileReader(BytesIO(pdf)))
    names = sorted({str(f.get("/BaseFont", "?")).lstrip("/") for f in fonts})
    if not fonts:
        raise CheckFailed(translate("self_check", "the PDF uses no fonts"))
    bare = sorted({str(f.get("/BaseFont", "?")).lstrip("/") for f in fonts if not _embedded(f)})
    if bare:
        raise CheckFailed(translate("self_check", "fonts not embedded: {fonts}").format(
            fonts=", ".join(bare)))
    if not any("DejaVu" in name for name in names):
        raise CheckFailed(translate("self_check", "the PDF does not use the DejaVu fonts "
                                    "(Kazakh letters): {fonts}").format(fonts=", ".join(names)))
    context.contract = pdf
    if context.app is not None:
        _render(pdf)


def _render(pdf: bytes) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(0, QSize(420, 595)) if document.pageCount() else None
    if image is None or image.isNull():
        raise CheckFailed(translate("self_check", "QtPdf cannot render the contract "
                                    "(status {status})").format(status=document.status().name))
    document.close()


@contextlib.contextmanager
def running_sandbox(context: Context) -> Iterator[str]:
    from desktop.services.embedded import EmbeddedPortal

    portal = EmbeddedPortal(context.folder / "sandbox", seed="empty")
    try:
        url = portal.start(timeout=180)
    except Exception as exc:
        tail = " / ".join(line for line in portal.output[-3:] if line.strip())
        raise CheckFailed(f"{exc}: {tail}" if tail else str(exc)) from exc
    try:
        yield url
    finally:
        portal.stop()
    if portal.running:
        raise CheckFailed(translate("self_check", "the sandbox did not stop"))


def signature(context: Context) -> None:
    """A director's signing key from the sandbox's test PKI countersigns the contract, the
    way the contract workflow signs, and the signature verifies against the sandbox's root
    and CRL."""
    import httpx

    from desktop.services import countersigning, eds, signature_checks, trust, verification
    from desktop.services.countersigning import CountersignPlan

    if context.contract is None or context.portal_url is None:
        raise CheckFailed(translate("self_check", "not checked: needs the contract and the "
                                    "sandbox"))
    bin_ = "120140012010"  # the sample contract's kindergarten
    with httpx.Client(base_url=f"{context.portal_url}/sandbox", timeout=60) as http:
        http.post("/registry", json=DIRECTOR).raise_for_status()
        issued = http.post("/pki/issue", json={
            "iin": DIRECTOR["iin"], "bin": bin_, "role": "first_head", "usage": "sign",
            "password": KEY_PASSWORD})
        issued.raise_for_status()
        roots = http.get("/pki/roots")
        crl = http.get("/pki/crl")
        roots.raise_for_status()
        crl.raise_for_status()
    key_file = context.folder / issued.json()["filename"]
    key_file.write_bytes(base64.b64decode(issued.json()["p12"]))
    key = eds.load_key(key_file, KEY_PASSWORD)
    store = trust.TrustStore(sandbox=True)
    store.add_certificates(trust.parse_certificates(roots.content))
    store.add_crls([trust.parse_crl(crl.content)])
    key_check = verification.check_key(key, bin_, store)
    if not key_check.valid:
        raise CheckFailed(key_check.message)
    # The parent has not signed this contract: the plan is made here, not by
    # plan_countersign, which insists on the parent's signature first.
    signed = countersigning.apply_countersign(CountersignPlan(context.contract, key, [],
                                                              key_check))
    checks = verification.verify(signed.pdf, store)
    if [c.field for c in checks] != [signature_checks.DIRECTOR_FIELD] or not checks[0].valid:
        raise CheckFailed("; ".join(f"{c.field}: {c.message}" for c in checks) or translate(
            "self_check", "the signed PDF carries no signature"))


# --- running them -------------------------------------------------------------------------


def _attempt(name: str, check: Callable[[], object], report: Callable[[Outcome], None]
             ) -> Outcome:
    try:
        check()
        outcome = Outcome(name)
    except CheckFailed as failed:
        outcome = Outcome(name, str(failed))
    except Exception as exc:  # an install can break anywhere: name it and go on
        outcome = Outcome(name, f"{type(exc).__name__}: {exc}")
    report(outcome)
    return outcome


def run(report: Callable[[Outcome], None]) -> list[Outcome]:
    """Run every check in order, reporting each as it ends."""
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="balabaqsha-self-check-") as folder:
        context = Context(Path(folder))

        def attempt(name: str, check: Callable[[], object]) -> Outcome:
            outcome = _attempt(name, check, report)
            outcomes.append(outcome)
            return outcome

        attempt(translate("self_check", "modules of the client"), client_modules)
        attempt(translate("self_check", "modules of the portal sandbox"), sandbox_modules)
        plugins = attempt(translate("self_check", "Qt plugins"), lambda: qt_plugins(context))
        # Without its platform plugin Qt aborts the whole process: not tried then.
        if plugins.problem is None or "platforms/" not in plugins.problem:
            attempt(translate("self_check", "Qt libraries and fonts"),
                    lambda: qt_libraries(context))
        attempt(translate("self_check", "encrypted local data"),
                lambda: encrypted_cache(context))
        attempt(translate("self_check", "translations"), lambda: translations(context))
        attempt(translate("self_check", "contract PDF"), lambda: contract_pdf(context))

        def sandbox() -> None:
            with running_sandbox(context) as url:
                context.portal_url = url
                attempt(translate("self_check", "signature"), lambda: signature(context))

        attempt(translate("self_check", "portal sandbox (start and stop)"), sandbox)
    return outcomes


def main() -> int:
    # Headless: the check must run where no display is, and open no window where one is.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def report(outcome: Outcome) -> None:
        status = translate("self_check", "ok") if outcome.problem is None else translate(
            "self_check", "FAILED: {problem}").format(problem=outcome.problem)
        print(f"{outcome.name}: {status}", flush=True)

    outcomes = run(report)
    failed = [o.name for o in outcomes if o.problem is not None]
    if failed:
        print(translate("self_check", "self-check failed: {checks}").format(
            checks=", ".join(failed)), flush=True)
        return 1
    print(translate("self_check", "self-check passed: the program is installed completely"),
          flush=True)
    return 0
