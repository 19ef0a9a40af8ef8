"""`doctor`'s checks one by one, in process: each finding is ok, a note, or a problem that
needs a person, and none of them changes anything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import credentials, doctor, qt_platform
from desktop.services.cache import open_cache
from desktop.services.profile import Profile
from portal_sandbox.pki import TestCA

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def profile(profile_dir: Path) -> Profile:
    return Profile.at(profile_dir)


@pytest.fixture(scope="module")
def ca() -> TestCA:
    return TestCA.create(NOW)


def test_a_fresh_profile_has_only_notes(profile: Profile) -> None:
    findings = doctor.examine(profile, "", now=lambda: NOW)
    assert [(f.topic, f.state) for f in findings] == [
        ("cache", "note"), ("keyring", "ok"), ("portal", "note"), ("crl", "note"),
        ("disk", "ok"), ("platform", "ok")]
    assert "no CRL cached yet" in findings[3].message
    assert not doctor.needs_a_person(findings)


def test_each_cache_is_checked_with_its_key_and_left_as_it_was(profile: Profile) -> None:
    folder = profile.data_dir / "caches"
    good = folder / "aaa-kg1-u1.db"
    cache = open_cache(good, credentials.cache_key(good.stem, create=True) or "")
    cache.close()
    keyless = folder / "bbb-kg1-u2.db"
    open_cache(keyless, "f" * 64).close()
    (folder / "ccc-kg1-u3.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    credentials.cache_key("ccc-kg1-u3", create=True)
    before = sorted(p.name for p in folder.iterdir())

    findings = doctor.check_caches(profile)
    assert [(f.state, f.message.split(":")[0]) for f in findings] == [
        ("ok", good.name), ("problem", keyless.name), ("problem", "ccc-kg1-u3.db")]
    assert "intact" in findings[0].message
    assert "holds no key" in findings[1].message
    assert credentials.cache_key(keyless.stem, create=False) is None  # none was made
    assert sorted(p.name for p in folder.iterdir()) == before


def test_the_newest_crl_is_aged(profile: Profile, ca: TestCA) -> None:
    folder = profile.data_dir / doctor.CRL_FOLDER
    folder.mkdir(parents=True)
    (folder / "old.crl").write_bytes(ca.crl([], NOW - timedelta(days=40),
                                            NOW - timedelta(days=33)))
    (folder / "nca.crl").write_bytes(ca.crl([], NOW - timedelta(days=3),
                                            NOW + timedelta(days=4)))
    (folder / "notes.txt").write_text("not a CRL")
    finding = doctor.check_crls(profile, NOW)
    assert (finding.state, finding.message) == ("ok", "the newest CRL is 3 days old")


def test_an_overdue_crl_needs_a_person(profile: Profile, ca: TestCA) -> None:
    folder = profile.data_dir / doctor.CRL_FOLDER
    folder.mkdir(parents=True)
    (folder / "nca.crl").write_bytes(ca.crl([], NOW - timedelta(days=10),
                                            NOW - timedelta(days=3)))
    finding = doctor.check_crls(profile, NOW)
    assert finding.state == "problem"
    assert "10 days old" in finding.message and "27.02.2026" in finding.message


def test_the_portal_round_trip(sandbox: str) -> None:
    finding = doctor.check_portal(sandbox)
    assert finding.state == "ok" and "round trip" in finding.message
    away = doctor.check_portal("http://127.0.0.1:9")
    assert away.state == "problem" and "cannot be reached" in away.message


def test_too_little_disk_needs_a_person(profile: Profile,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "MIN_FREE_BYTES", 1 << 62)
    finding = doctor.check_disk(profile)
    assert finding.state == "problem" and "free some space" in finding.message


def test_the_window_system_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    finding = doctor.check_window_system()
    assert (finding.state, finding.topic) == ("ok", "platform")
    assert "\u201coffscreen\u201d" in finding.message

    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    finding = doctor.check_window_system()
    assert finding.state == "problem"
    assert "not installed: reinstall the program" in finding.message

    # The real window system of this machine: a problem exactly when libraries are missing,
    # and then the finding names the command that installs them.
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    missing = qt_platform.missing_platform_libraries()
    finding = doctor.check_window_system()
    assert finding.state == ("problem" if missing else "ok")
    for library in missing:
        assert library in finding.message
    if missing:
        assert "sudo apt-get install" in finding.message
