"""The client's EDS keys: opening them, who they name, signing, logging in, and a clear
refusal for each bad input (docs/eds.md). Keys come from the live sandbox's test PKI."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from desktop.services import eds
from desktop.services.portal_api import PortalClient, PortalRefused
from portal_sandbox.pki import Subject, gost_like_p12
from tests.support.sites import Site, make_site

PASSWORD = "Kilt-2025!"
NOW = datetime.now(UTC)
# Valid on the real clock (the client's) and on the sandbox's, which replays February 2025.
VALID = {"not_before": datetime(2025, 1, 1, tzinfo=UTC), "not_after": NOW + timedelta(days=365)}


@pytest.fixture(scope="module")
def site(sandbox: str) -> Iterator[Site]:
    built = make_site(sandbox, requests=0)
    try:
        yield built
    finally:
        built.world.client.close()


def issue(site: Site, tmp_path: Path, usage: str, *, staff: bool = True,
          iin: str | None = None, **validity: datetime) -> Path:
    extra = {"bin_": site.kindergarten["bin"], "role": "first_head"} if staff else {}
    p12, data = site.world.client.issue_key(iin or site.director_login, usage, PASSWORD,
                                            **extra, **(validity or VALID))
    path = tmp_path / data["filename"]
    path.write_bytes(p12)
    return path


def test_a_director_key_names_its_holder_and_organisation(site: Site, tmp_path: Path) -> None:
    key = eds.load_key(issue(site, tmp_path, "sign"), PASSWORD)
    who = key.identity
    assert (who.iin, who.bin) == (site.director_login, site.kindergarten["bin"])
    assert (who.last_name, who.first_name) == ("СЕЙТКАЛИ", "ГҮЛНАР")
    assert who.roles == {"first_head"} and who.usages == {"sign"}
    assert who.organisation == site.kindergarten["name"]
    assert key.path.name.startswith("RSA256_")
    assert len(key.chain) == 2 and key.private_key.key_size == 2048


def test_long_cyrillic_names_are_read_without_warnings(site: Site, tmp_path: Path) -> None:
    # 36 letters, 72 bytes in UTF-8: cryptography's `cert.subject` would warn (an error here).
    iin = site.world.person(date(1988, 3, 8), "female", last_name="Сейткалиева-Жұмабаева",
                            first_name="Гүлнар-Айгерім", patronymic="Нұрланқызы")
    key = eds.load_key(issue(site, tmp_path, "auth", staff=False, iin=iin), PASSWORD)
    assert key.identity.common_name == "СЕЙТКАЛИЕВА-ЖҰМАБАЕВА ГҮЛНАР-АЙГЕРІМ"
    assert key.identity.display_name == "СЕЙТКАЛИЕВА-ЖҰМАБАЕВА ГҮЛНАР-АЙГЕРІМ НҰРЛАНҚЫЗЫ"
    assert key.identity.bin is None and key.identity.roles == {"individual"}
    assert key.identity.usages == {"auth"}


def test_a_cms_signature_is_detached_sha256_and_verifies(site: Site, tmp_path: Path) -> None:
    key = eds.load_key(issue(site, tmp_path, "sign"), PASSWORD)
    data = "келісімшарт".encode()
    signed = cms.ContentInfo.load(eds.sign_cms(key, data))["content"]
    assert signed["encap_content_info"]["content"].native is None  # detached
    signer = signed["signer_infos"][0]
    assert signer["digest_algorithm"]["algorithm"].native == "sha256"
    attributes = {a["type"].native: a["values"][0].native for a in signer["signed_attrs"]}
    assert attributes["message_digest"] == hashlib.sha256(data).digest()
    key.certificate.public_key().verify(  # raises when it does not verify
        signer["signature"].native, signer["signed_attrs"].untag().dump(),
        padding.PKCS1v15(), hashes.SHA256())


def test_an_auth_key_logs_in(site: Site, tmp_path: Path) -> None:
    client = PortalClient(site.url)
    try:
        tokens = eds.login_with_key(client, issue(site, tmp_path, "auth"), PASSWORD)
        assert tokens.roles == ["director"]
        assert client.me()["kindergarten"]["id"] == site.kindergarten["id"]
    finally:
        client.close()


def test_a_sign_key_cannot_log_in(site: Site, tmp_path: Path) -> None:
    path = issue(site, tmp_path, "sign")
    client = PortalClient(site.url, language="en")
    try:
        # The client says why before sending anything ...
        with pytest.raises(eds.NotAnAuthKey) as caught:
            eds.login_with_key(client, path, PASSWORD)
        assert "signing key" in str(caught.value) and "AUTH_RSA256_" in str(caught.value)
        # ... and the portal refuses such a signature on its own as well.
        nonce = client.eds_challenge()
        signature = eds.sign_cms(eds.load_key(path, PASSWORD), nonce.encode())
        with pytest.raises(PortalRefused) as refused:
            client.login_eds(nonce, base64.b64encode(signature).decode())
        assert refused.value.code == "signature_invalid"
    finally:
        client.close()


def test_a_wrong_password_says_so(site: Site, tmp_path: Path) -> None:
    path = issue(site, tmp_path, "auth")
    with pytest.raises(eds.WrongKeyPassword) as caught:
        eds.load_key(path, "kilt-2025!")
    assert path.name in str(caught.value) and "password" in str(caught.value)


def test_a_gost_key_is_named_and_refused(tmp_path: Path) -> None:
    path = tmp_path / "GOSTKNCA_0a1b2c3d4e5f.p12"
    path.write_bytes(gost_like_p12(PASSWORD, subject=Subject(
        iin="900101300123", last_name="Сейткали", first_name="Гүлнар")))
    with pytest.raises(eds.GostKeyNotSupported) as caught:
        eds.load_key(path, PASSWORD)
    message = str(caught.value)
    assert "GOST R 34.10-2015" in message and "not supported yet" in message
    assert caught.value.algorithm.startswith(eds.GOST_OID_PREFIX)
    # With a wrong password the algorithm cannot be read; the file's name still warns.
    with pytest.raises(eds.WrongKeyPassword) as wrong:
        eds.load_key(path, "wrong")
    assert "GOST" in str(wrong.value)


@pytest.mark.parametrize("content", [b"", b"not a key file" * 40, b"0\x82\x05\x00" + b"\0" * 64])
def test_a_file_that_is_not_a_key_is_corrupt(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "AUTH_RSA256_broken.p12"
    path.write_bytes(content)
    with pytest.raises(eds.CorruptKeyFile) as caught:
        eds.load_key(path, PASSWORD)
    assert "not a readable key file" in str(caught.value)


def test_a_truncated_key_is_corrupt(site: Site, tmp_path: Path) -> None:
    path = issue(site, tmp_path, "auth")
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(eds.CorruptKeyFile):
        eds.load_key(path, PASSWORD)


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(eds.KeyFileUnreadable) as caught:
        eds.load_key(tmp_path / "AUTH_RSA256_gone.p12", PASSWORD)
    assert "cannot be read" in str(caught.value)


def test_an_expired_key_is_refused_with_its_date(site: Site, tmp_path: Path) -> None:
    path = issue(site, tmp_path, "auth", not_before=datetime(2023, 1, 1, tzinfo=UTC),
                 not_after=datetime(2024, 1, 1, tzinfo=UTC))
    with pytest.raises(eds.KeyExpired) as caught:
        eds.load_key(path, PASSWORD)
    assert "expired on 01.01.2024" in str(caught.value)
    assert caught.value.key.identity.iin == site.director_login
    # Refused before anything is sent to the portal.
    client = PortalClient("http://127.0.0.1:9")
    try:
        with pytest.raises(eds.KeyExpired):
            eds.login_with_key(client, path, PASSWORD)
    finally:
        client.close()
    # Whoever only reads it (a verifier's report) may still open it.
    assert eds.load_key(path, PASSWORD, check_validity=False).identity.usages == {"auth"}


def test_a_key_not_yet_valid_is_refused(site: Site, tmp_path: Path) -> None:
    path = issue(site, tmp_path, "auth", not_before=NOW + timedelta(days=30),
                 not_after=NOW + timedelta(days=400))
    with pytest.raises(eds.KeyNotYetValid):
        eds.load_key(path, PASSWORD)
    assert eds.load_key(path, PASSWORD, at=NOW + timedelta(days=31)).identity.iin


def test_the_log_in_window_signs_in_with_a_key_into_the_holders_workspace(
        site: Site, tmp_path: Path) -> None:
    from desktop.services.profile import Profile
    from desktop.services.settings import Settings
    from desktop.views.dialogs.login_dialog import _sign_in_with_key

    profile = Profile.at(tmp_path / "profile")
    profile.ensure()
    settings = Settings(profile.settings_file)
    path = issue(site, tmp_path, "auth")
    workspace = _sign_in_with_key(profile, settings, site.url, None, str(path), PASSWORD,
                                  None)
    try:
        assert workspace.login == eds.load_key(path, PASSWORD).identity.iin
        assert workspace.roles == ["director"]
        assert workspace.kindergarten_id == site.kindergarten["id"]
    finally:
        workspace.close()
    with pytest.raises(eds.WrongKeyPassword):
        _sign_in_with_key(profile, settings, site.url, None, str(path), "not it", None)
