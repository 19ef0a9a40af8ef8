"""`python -m desktop contract verify|countersign` as support staff and scripts run it: the
real command in a child process, every bad input of docs/eds.md with its exit code and a message
a person can act on, nothing written on failure, OUT.pdf written whole on success."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import eds
from portal_sandbox.pdfsign import PARENT_FIELD, contract_fields_pdf, sign_pdf
from portal_sandbox.pki import Role, Subject, TestCA, gost_like_p12

ROOT = Path(__file__).parents[2]
NOW = datetime.now(UTC).replace(microsecond=0)
PW = "Kilt-2025!"
PARENT_IIN, DIRECTOR_IIN = "920517400123", "800120400123"
BIN, OTHER_BIN = "150640000123", "150640000456"


@dataclass
class Files:
    folder: Path
    roots: Path
    crl: Path
    stale_crl: Path
    sent: Path
    signed: Path
    tampered: Path
    revoked_signed: Path
    keys: dict[str, Path]


def _key(ca: TestCA, folder: Path, name: str, role: Role = "first_head", *,
         usage: str = "sign", bin_: str = BIN, **validity: datetime) -> Path:
    subject = Subject(iin=DIRECTOR_IIN, last_name="Сейткали", first_name="Гүлнар",
                      bin=bin_, organisation="«Балапан» бөбекжай-бақшасы")
    issued = ca.issue(subject, role=role, usage=usage, password=PW,  # type: ignore[arg-type]
                      now=NOW - timedelta(days=30), **validity)
    path = folder / name / issued.filename
    path.parent.mkdir()
    path.write_bytes(issued.p12)
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    folder = tmp_path_factory.mktemp("contract-cli")
    ca = TestCA.create(NOW - timedelta(days=400))
    parent = Subject(iin=PARENT_IIN, last_name="Сейткали", first_name="Әйгерім")
    parent_p12 = ca.issue(parent, role="individual", usage="sign", password=PW,
                          now=NOW - timedelta(days=30)).p12
    revoked_parent = ca.issue(parent, role="individual", usage="sign", password=PW,
                              now=NOW - timedelta(days=30))
    keys = {
        "director": _key(ca, folder, "director"),
        "employee": _key(ca, folder, "employee", "employee"),
        "other_bin": _key(ca, folder, "other_bin", bin_=OTHER_BIN),
        "expired": _key(ca, folder, "expired", not_before=NOW - timedelta(days=400),
                        not_after=NOW - timedelta(days=2)),
        "not_yet_valid": _key(ca, folder, "not_yet_valid", not_before=NOW + timedelta(days=2),
                              not_after=NOW + timedelta(days=300)),
        "revoked": _key(ca, folder, "revoked"),
    }
    revoked_serial = eds.load_key(keys["revoked"], PW).certificate.serial_number
    gost = folder / "gost" / "GOSTKNCA_0a1b2c3d4e5f.p12"
    gost.parent.mkdir()
    gost.write_bytes(gost_like_p12(PW, subject=Subject(iin=DIRECTOR_IIN, last_name="Сейткали",
                                                       first_name="Гүлнар")))
    keys["gost"] = gost
    corrupt = folder / "corrupt" / "RSA256_broken.p12"
    corrupt.parent.mkdir()
    corrupt.write_bytes(keys["director"].read_bytes()[:-200])
    keys["corrupt"] = corrupt

    roots = folder / "roots.pem"
    roots.write_bytes(ca.roots_pem())
    revoked = [(revoked_serial, NOW - timedelta(days=2)),
               (revoked_parent.serial, NOW - timedelta(days=2))]
    crl = folder / "nca.crl"
    crl.write_bytes(ca.crl(revoked, NOW - timedelta(hours=1), NOW + timedelta(days=1)))
    stale_crl = folder / "stale.crl"
    stale_crl.write_bytes(ca.crl(revoked, NOW - timedelta(days=9), NOW - timedelta(days=2)))

    sent_pdf = contract_fields_pdf(["ДОГОВОР № 257062 / ШАРТ", "Бала: Нұрсұлтан"])
    signed_pdf = sign_pdf(sent_pdf, parent_p12, PW, PARENT_FIELD,
                          signing_time=NOW - timedelta(hours=1))
    tampered_pdf = bytearray(signed_pdf)
    at = tampered_pdf.index(b"portal sandbox", len(sent_pdf))
    tampered_pdf[at] = ord("P")
    paths = {}
    for name, data in (("sent", sent_pdf), ("signed", signed_pdf),
                       ("tampered", bytes(tampered_pdf)),
                       ("revoked_signed", sign_pdf(sent_pdf, revoked_parent.p12, PW,
                                                   PARENT_FIELD, signing_time=NOW))):
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(data)
    return Files(folder, roots, crl, stale_crl, paths["sent"], paths["signed"],
                 paths["tampered"], paths["revoked_signed"], keys)


def run(profile: Path, env: dict[str, str], *args: object, password: str | None = PW
        ) -> subprocess.CompletedProcess[str]:
    child = dict(env)
    child.pop("BALABAQSHA_KEY_PASSWORD", None)
    if password is not None:
        child["BALABAQSHA_KEY_PASSWORD"] = password
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile), "--lang", "en", "contract",
         *map(str, args)], env=child, capture_output=True, text=True, encoding="utf-8",
        stdin=subprocess.DEVNULL, timeout=120, cwd=ROOT)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def trusted(files: Files, crl: Path | None = None) -> list[object]:
    return ["--trust", files.roots, "--crl", crl or files.crl]


# --- verify --------------------------------------------------------------------------------


def test_verify_a_valid_parent_signature(files: Files, profile_dir: Path,
                                         child_env: dict[str, str]) -> None:
    result = run(profile_dir, child_env, "verify", files.signed, *trusted(files),
                 "--iin", PARENT_IIN)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith(PARENT_FIELD) and f"IIN {PARENT_IIN}" in line
    assert line.endswith("valid") and "СЕЙТКАЛИ ӘЙГЕРІМ" in line
    assert "Revocation checked against the CRL of" in result.stderr
    assert "(0 days ago)" in result.stderr


def test_verify_another_persons_signature(files: Files, profile_dir: Path,
                                          child_env: dict[str, str]) -> None:
    result = run(profile_dir, child_env, "verify", files.signed, *trusted(files),
                 "--iin", "900101300123")
    assert result.returncode == 1
    assert "The first signature is not by IIN 900101300123" in result.stdout


def test_verify_without_roots_says_none_are_installed(files: Files, profile_dir: Path,
                                                      child_env: dict[str, str]) -> None:
    result = run(profile_dir, child_env, "verify", files.signed)
    assert result.returncode == 1
    assert "NOT VALID (untrusted)" in result.stdout
    assert "No NCA RK root certificates are installed" in result.stdout
    assert "No CRL is cached" in result.stderr


@pytest.mark.parametrize(("pdf", "code"), [("tampered", "tampered"),
                                           ("revoked_signed", "revoked")])
def test_verify_refuses_a_bad_signature(files: Files, profile_dir: Path,
                                        child_env: dict[str, str], pdf: str,
                                        code: str) -> None:
    result = run(profile_dir, child_env, "verify", getattr(files, pdf), *trusted(files))
    assert result.returncode == 1
    assert f"NOT VALID ({code})" in result.stdout


def test_verify_a_stale_crl_warns_and_counts(files: Files, profile_dir: Path,
                                             child_env: dict[str, str]) -> None:
    result = run(profile_dir, child_env, "verify", files.signed,
                 *trusted(files, files.stale_crl))
    assert result.returncode == 0
    assert "warning: The revocation list of" in result.stdout
    assert "9 days old" in result.stdout
    assert "overdue since" in result.stderr


def test_verify_what_is_not_a_signed_pdf(files: Files, profile_dir: Path,
                                         child_env: dict[str, str]) -> None:
    not_pdf = run(profile_dir, child_env, "verify", files.roots)
    assert not_pdf.returncode == 2 and "cannot be read as a PDF" in not_pdf.stderr
    missing = run(profile_dir, child_env, "verify", files.folder / "missing.pdf")
    assert missing.returncode == 2 and "cannot be read" in missing.stderr
    unsigned = run(profile_dir, child_env, "verify", files.sent, *trusted(files))
    assert unsigned.returncode == 1 and "carries no signature" in unsigned.stdout
    bad_trust = run(profile_dir, child_env, "verify", files.signed, "--trust", files.sent)
    assert bad_trust.returncode == 2 and "sent.pdf" in bad_trust.stderr


# --- countersign ---------------------------------------------------------------------------


def test_countersign_writes_the_whole_pdf(files: Files, profile_dir: Path,
                                         child_env: dict[str, str]) -> None:
    out = files.folder / "countersigned.pdf"
    before = files.signed.read_bytes()
    result = run(profile_dir, child_env, "countersign", files.signed, "--key",
                 files.keys["director"], "--out", out, "--bin", BIN, *trusted(files))
    assert result.returncode == 0, result.stderr
    assert f"Countersigned by СЕЙТКАЛИ ГҮЛНАР (BIN {BIN}): written to {out}." in result.stdout
    data = out.read_bytes()
    assert data.startswith(before) and data.rstrip().endswith(b"%%EOF")
    assert files.signed.read_bytes() == before
    assert [p.name for p in out.parent.glob(".*part")] == []
    check = run(profile_dir, child_env, "verify", out, *trusted(files))
    assert check.returncode == 0, check.stdout
    lines = check.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [PARENT_FIELD, "DirectorSignature"]
    assert f"BIN {BIN}" in lines[1] and lines[1].endswith("valid")
    # The key's password is never written anywhere.
    for path in profile_dir.rglob("*"):
        assert not path.is_file() or PW.encode() not in path.read_bytes(), path


def test_countersign_with_a_stale_crl_warns_and_signs(files: Files, profile_dir: Path,
                                                      child_env: dict[str, str]) -> None:
    out = files.folder / "stale-countersigned.pdf"
    result = run(profile_dir, child_env, "countersign", files.signed, "--key",
                 files.keys["director"], "--out", out, "--bin", BIN,
                 *trusted(files, files.stale_crl))
    assert result.returncode == 0, result.stderr
    assert "warning: The revocation list of" in result.stderr and out.exists()


@pytest.mark.parametrize(("pdf", "key", "password", "bin_", "code", "words"), [
    ("signed", "director", "wrong-password", BIN, 1, "The password does not open the key"),
    ("signed", "corrupt", PW, BIN, 1, "not a readable key file"),
    ("signed", "gost", PW, BIN, 1, "is a GOST key (GOST R 34.10-2015, 256 bit"),
    ("signed", "expired", PW, BIN, 1, "expired on"),
    ("signed", "not_yet_valid", PW, BIN, 1, "is valid only from"),
    ("signed", "revoked", PW, BIN, 1, "was revoked on"),
    ("signed", "director", PW, OTHER_BIN, 1, "belongs to another organisation"),
    ("signed", "other_bin", PW, BIN, 1, "belongs to another organisation"),
    ("signed", "employee", PW, BIN, 1, "gives no right to sign"),
    ("tampered", "director", PW, BIN, 1, "the signature in ParentSignature is not valid"),
    ("revoked_signed", "director", PW, BIN, 1, "the signature in ParentSignature is not"),
    ("sent", "director", PW, BIN, 1, "carries no signature yet"),
    ("roots", "director", PW, BIN, 2, "cannot be read as a PDF"),
    ("signed", "director", None, BIN, 2, "No key password: set BALABAQSHA_KEY_PASSWORD"),
    ("signed", "director", PW, None, 2, "Give the kindergarten's BIN with --bin"),
])
def test_countersign_refuses_and_writes_nothing(files: Files, profile_dir: Path,
                                               child_env: dict[str, str], pdf: str, key: str,
                                               password: str | None, bin_: str | None,
                                               code: int, words: str) -> None:
    out = files.folder / f"never-{pdf}-{key}.pdf"
    source = files.roots if pdf == "roots" else getattr(files, pdf)
    extra = ["--bin", bin_] if bin_ else []
    result = run(profile_dir, child_env, "countersign", source, "--key", files.keys[key],
                 "--out", out, *extra, *trusted(files), password=password)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert words in result.stderr, result.stderr
    assert not out.exists()
    assert [p.name for p in files.folder.glob(".never-*")] == []
