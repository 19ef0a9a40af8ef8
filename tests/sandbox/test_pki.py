"""The sandbox's test PKI must reproduce NCA RK's certificate layout (docs/eds.md), because the
contract checks read IIN, BIN and role from exactly those fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.signers import SimpleSigner

from portal_sandbox import pki

PASSWORD = "Qwerty12"
KG_BIN = "123456789012"
KG_NAME = "ГККП «Ясли-сад „Айгөлек“»"

PARENT = pki.Subject(
    iin="880101300111", last_name="Иванова", first_name="Айгерім", patronymic="Сергеевна"
)
DIRECTOR = pki.Subject(
    iin="750101400222",
    last_name="Сапаров",
    first_name="Ержан",
    patronymic="Болатұлы",
    bin=KG_BIN,
    organisation=KG_NAME,
)
SIGNER = pki.Subject(
    iin="800505400333", last_name="Ахметова", first_name="Дана", bin=KG_BIN, organisation=KG_NAME
)
EMPLOYEE = pki.Subject(
    iin="950303400444", last_name="Ким", first_name="Ольга", bin=KG_BIN, organisation=KG_NAME
)


@pytest.fixture(scope="module")
def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture(scope="module")
def ca(now: datetime) -> pki.TestCA:
    return pki.TestCA.create(now)


@pytest.fixture(scope="module")
def parent_key(ca: pki.TestCA, now: datetime) -> pki.IssuedKey:
    return ca.issue(PARENT, role="individual", usage="sign", password=PASSWORD, now=now)


@pytest.fixture(scope="module")
def parent_auth_key(ca: pki.TestCA, now: datetime) -> pki.IssuedKey:
    return ca.issue(PARENT, role="individual", usage="auth", password=PASSWORD, now=now)


@pytest.fixture(scope="module")
def director_key(ca: pki.TestCA, now: datetime) -> pki.IssuedKey:
    return ca.issue(DIRECTOR, role="first_head", usage="sign", password=PASSWORD, now=now)


def _eku(cert: x509.Certificate) -> set[str]:
    ext = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    return {oid.dotted_string for oid in ext}


def _policies(cert: x509.Certificate) -> set[str]:
    ext = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    return {info.policy_identifier.dotted_string for info in ext}


def _attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(a.value) for a in cert.subject.get_attributes_for_oid(oid)]


def _ski_hex(cert: x509.Certificate) -> str:
    return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest.hex()


def test_parent_certificate_has_the_individual_layout(
    ca: pki.TestCA, parent_key: pki.IssuedKey
) -> None:
    cert = parent_key.certificate
    assert _attr(cert, NameOID.COMMON_NAME) == ["ИВАНОВА АЙГЕРІМ"]
    assert _attr(cert, NameOID.SURNAME) == ["ИВАНОВА"]
    assert _attr(cert, NameOID.GIVEN_NAME) == ["СЕРГЕЕВНА"]
    assert _attr(cert, NameOID.COUNTRY_NAME) == ["KZ"]
    assert _attr(cert, NameOID.SERIAL_NUMBER) == ["IIN880101300111"]
    assert _attr(cert, NameOID.ORGANIZATION_NAME) == []
    assert _attr(cert, NameOID.ORGANIZATIONAL_UNIT_NAME) == []
    assert _eku(cert) == {"1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.1"}
    assert _policies(cert) == {"1.2.398.3.3.2.3"}
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_encipherment
    assert cert.issuer == ca.nca_cert.subject
    cert.verify_directly_issued_by(ca.nca_cert)
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier is not None
    assert aki.key_identifier.hex() == _ski_hex(ca.nca_cert)
    public_key = cert.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey) and public_key.key_size == 2048
    assert cert.signature_hash_algorithm is not None
    assert cert.signature_hash_algorithm.name == "sha256"
    assert parent_key.filename == f"RSA256_{_ski_hex(cert)}.p12"
    assert parent_key.serial == cert.serial_number

    who = pki.read_identity(cert)
    assert who.iin == "880101300111"
    assert who.bin is None and who.organisation is None
    assert (who.last_name, who.first_name, who.patronymic) == ("ИВАНОВА", "АЙГЕРІМ", "СЕРГЕЕВНА")
    assert who.common_name == "ИВАНОВА АЙГЕРІМ"
    assert who.roles == frozenset({"individual"})
    assert who.usages == frozenset({"sign"})
    assert who.serial == parent_key.serial
    assert who.not_before == cert.not_valid_before_utc
    assert who.not_after == cert.not_valid_after_utc


def test_director_certificate_names_the_organisation_and_first_head(
    director_key: pki.IssuedKey,
) -> None:
    cert = director_key.certificate
    assert _attr(cert, NameOID.ORGANIZATION_NAME) == [KG_NAME]
    assert _attr(cert, NameOID.ORGANIZATIONAL_UNIT_NAME) == [f"BIN{KG_BIN}"]
    assert _attr(cert, NameOID.SERIAL_NUMBER) == ["IIN750101400222"]
    assert _eku(cert) == {"1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.2.1"}
    assert _policies(cert) == {"1.2.398.3.3.2.1"}
    who = pki.read_identity(cert)
    assert who.bin == KG_BIN
    assert who.organisation == KG_NAME
    assert who.iin == "750101400222"
    assert who.roles == frozenset({"first_head"})
    assert who.usages == frozenset({"sign"})


@pytest.mark.parametrize(
    ("subject", "role", "oid"),
    [
        (SIGNER, "right_to_sign", "1.2.398.3.3.4.1.2.2"),
        (EMPLOYEE, "employee", "1.2.398.3.3.4.1.2.5"),
        (EMPLOYEE, "hr", "1.2.398.3.3.4.1.2.4"),
        (EMPLOYEE, "financial", "1.2.398.3.3.4.1.2.3"),
    ],
)
def test_employee_roles_are_carried_in_the_eku(
    ca: pki.TestCA, now: datetime, subject: pki.Subject, role: pki.Role, oid: str
) -> None:
    key = ca.issue(subject, role=role, usage="sign", password=PASSWORD, now=now)
    assert _eku(key.certificate) == {"1.3.6.1.5.5.7.3.4", oid}
    who = pki.read_identity(key.certificate)
    assert who.roles == frozenset({role})
    assert who.bin == KG_BIN
    assert who.iin == subject.iin
    # No patronymic given: G is left out rather than written empty.
    assert who.patronymic is None
    assert _attr(key.certificate, NameOID.GIVEN_NAME) == []


def test_auth_key_is_a_login_key(parent_auth_key: pki.IssuedKey) -> None:
    cert = parent_auth_key.certificate
    assert parent_auth_key.filename == f"AUTH_RSA256_{_ski_hex(cert)}.p12"
    assert _eku(cert) == {"1.3.6.1.5.5.7.3.2", "1.2.398.3.3.4.1.1"}
    assert _policies(cert) == {"1.2.398.3.3.2.4"}
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.key_encipherment and not usage.content_commitment
    who = pki.read_identity(cert)
    assert who.usages == frozenset({"auth"})
    assert who.roles == frozenset({"individual"})


def test_legal_entity_auth_key_uses_the_legal_login_policy(ca: pki.TestCA, now: datetime) -> None:
    key = ca.issue(DIRECTOR, role="first_head", usage="auth", password=PASSWORD, now=now)
    assert _policies(key.certificate) == {"1.2.398.3.3.2.2"}
    assert ExtendedKeyUsageOID.CLIENT_AUTH.dotted_string in _eku(key.certificate)


def test_validity_window_is_the_one_asked_for(ca: pki.TestCA, now: datetime) -> None:
    start = (now - timedelta(days=400)).replace(microsecond=0)
    end = (now - timedelta(days=35)).replace(microsecond=0)
    key = ca.issue(
        PARENT,
        role="individual",
        usage="sign",
        password=PASSWORD,
        now=now,
        not_before=start,
        not_after=end,
    )
    assert key.certificate.not_valid_before_utc == start
    assert key.certificate.not_valid_after_utc == end
    default = ca.issue(PARENT, role="individual", usage="sign", password=PASSWORD, now=now)
    lifetime = default.certificate.not_valid_after_utc - default.certificate.not_valid_before_utc
    assert lifetime == timedelta(days=365)


def test_issue_refuses_layouts_nca_would_not_produce(ca: pki.TestCA, now: datetime) -> None:
    with pytest.raises(ValueError, match="BIN"):
        ca.issue(DIRECTOR, role="individual", usage="sign", password=PASSWORD, now=now)
    with pytest.raises(ValueError, match="BIN"):
        ca.issue(PARENT, role="first_head", usage="sign", password=PASSWORD, now=now)
    with pytest.raises(ValueError, match="IIN"):
        ca.issue(
            pki.Subject(iin="12345", last_name="A", first_name="B"),
            role="individual",
            usage="sign",
            password=PASSWORD,
            now=now,
        )


def test_long_kazakh_names_fit_although_their_utf8_exceeds_64_bytes(
    ca: pki.TestCA, now: datetime
) -> None:
    long_name = pki.Subject(
        iin="010101500555", last_name="Мұхамеджанова-Сәрсенбаева", first_name="Әйгерімгүл"
    )
    common_name = "МҰХАМЕДЖАНОВА-СӘРСЕНБАЕВА ӘЙГЕРІМГҮЛ"
    assert len(common_name.encode("utf-8")) > 64 >= len(common_name)
    key = ca.issue(long_name, role="individual", usage="sign", password=PASSWORD, now=now)
    assert pki.read_identity(key.certificate).common_name == common_name


def test_p12_opens_with_the_password_and_carries_the_chain(
    ca: pki.TestCA, parent_key: pki.IssuedKey
) -> None:
    key, cert, chain = pkcs12.load_key_and_certificates(parent_key.p12, PASSWORD.encode())
    assert cert == parent_key.certificate
    assert isinstance(key, rsa.RSAPrivateKey)
    assert key.public_key() == cert.public_key()
    assert chain == [ca.nca_cert, ca.root_cert]
    assert pki.read_p12_key_algorithm(parent_key.p12, PASSWORD) == "1.2.840.113549.1.1.1"


def test_p12_opens_in_pyhanko(parent_key: pki.IssuedKey, tmp_path: Path) -> None:
    path = tmp_path / parent_key.filename
    path.write_bytes(parent_key.p12)
    signer = SimpleSigner.load_pkcs12(str(path), passphrase=PASSWORD.encode())
    assert signer is not None
    assert signer.signing_cert.dump() == parent_key.certificate.public_bytes(Encoding.DER)
    # pyHanko's file loader reports a wrong password by returning None, not by raising.
    assert SimpleSigner.load_pkcs12(str(path), passphrase=b"wrong") is None


def test_p12_refuses_a_wrong_password(parent_key: pki.IssuedKey) -> None:
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(parent_key.p12, b"wrong")
    with pytest.raises(pki.P12PasswordError):
        pki.read_p12_key_algorithm(parent_key.p12, "wrong")


def test_gost_like_p12_is_refused_by_cryptography_but_recognisable() -> None:
    data = pki.gost_like_p12(PASSWORD, subject=PARENT)
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, PASSWORD.encode())
    with pytest.raises(ValueError):
        SimpleSigner.load_pkcs12_data(data, [], passphrase=PASSWORD.encode())

    # It is a well-formed, password-protected PFX: the MAC checks out with the right password
    # only, and the decrypted key bag names the GOST algorithm.
    algorithm = pki.read_p12_key_algorithm(data, PASSWORD)
    assert algorithm == pki.GOST_2015_256_OID
    assert algorithm.startswith(pki.GOST_OID_PREFIX + ".")
    with pytest.raises(pki.P12PasswordError):
        pki.read_p12_key_algorithm(data, "wrong")

    pfx = asn1_pkcs12.Pfx.load(data)
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha1"
    bags = [
        bag
        for content_info in pfx.authenticated_safe
        for bag in asn1_pkcs12.SafeContents.load(content_info["content"].native)
    ]
    kinds = sorted(bag["bag_id"].native for bag in bags)
    assert kinds == ["cert_bag", "pkcs8_shrouded_key_bag"]
    shrouded = next(b for b in bags if b["bag_id"].native == "pkcs8_shrouded_key_bag")
    protection = shrouded["bag_value"]["encryption_algorithm"]["algorithm"].native
    assert protection == "pkcs12_sha1_tripledes_3key"
    cert_bag = next(b for b in bags if b["bag_id"].native == "cert_bag")
    cert_der = cert_bag["bag_value"]["cert_value"].parsed.dump()
    gost_cert = x509.load_der_x509_certificate(cert_der)
    assert _attr(gost_cert, NameOID.SERIAL_NUMBER) == ["IIN880101300111"]


def test_not_a_p12_is_a_plain_value_error() -> None:
    with pytest.raises(ValueError) as caught:
        pki.read_p12_key_algorithm(b"definitely not PKCS#12", PASSWORD)
    assert not isinstance(caught.value, pki.P12PasswordError)


def test_crl_lists_the_revoked_serial(
    ca: pki.TestCA, now: datetime, parent_key: pki.IssuedKey, director_key: pki.IssuedKey
) -> None:
    revoked_at = (now - timedelta(hours=1)).replace(microsecond=0)
    this_update = now.replace(microsecond=0)
    der = ca.crl([(parent_key.serial, revoked_at)], this_update, this_update + timedelta(days=1))
    crl = x509.load_der_x509_crl(der)
    nca_public_key = ca.nca_cert.public_key()
    assert isinstance(nca_public_key, rsa.RSAPublicKey)
    assert crl.is_signature_valid(nca_public_key)
    assert crl.issuer == ca.nca_cert.subject
    entry = crl.get_revoked_certificate_by_serial_number(parent_key.serial)
    assert entry is not None and entry.revocation_date_utc == revoked_at
    assert crl.get_revoked_certificate_by_serial_number(director_key.serial) is None
    assert len(crl) == 1
    assert crl.last_update_utc == this_update
    assert crl.next_update_utc == this_update + timedelta(days=1)


def test_ca_survives_a_round_trip_through_pem(ca: pki.TestCA, now: datetime) -> None:
    stored = ca.to_pem()
    assert all(isinstance(v, str) for v in stored.values())
    restored = pki.TestCA.from_pem(stored)
    assert restored.root_cert == ca.root_cert
    assert restored.nca_cert == ca.nca_cert
    key = restored.issue(PARENT, role="individual", usage="sign", password=PASSWORD, now=now)
    key.certificate.verify_directly_issued_by(ca.nca_cert)


def test_roots_pem_holds_root_and_intermediate(ca: pki.TestCA) -> None:
    certs = x509.load_pem_x509_certificates(ca.roots_pem())
    assert certs == [ca.root_cert, ca.nca_cert]
    root, nca = certs
    root.verify_directly_issued_by(root)
    nca.verify_directly_issued_by(root)
    assert root.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "KZ"
    constraints = nca.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca and constraints.path_length == 0


def test_read_identity_refuses_a_certificate_without_an_iin(ca: pki.TestCA) -> None:
    with pytest.raises(ValueError, match="IIN"):
        pki.read_identity(ca.root_cert)
