"""The sandbox's test PKI, laid out like NCA RK's (НУЦ РК) so that code written against it
behaves the same with real keys.

The national test PKI's keys have expired and their licence is unclear, so the sandbox mints
its own: a self-signed root, an intermediate that plays "NCA", and personal keys whose subject
names, extended key usages and policies follow the layout in ``docs/eds.md`` exactly. Everything the
contract workflow decides (whose IIN, which organisation's BIN, which role) is read from those
fields, which is why they must not drift from the real layout.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, cast, get_args

from asn1crypto import algos, cms, core, keys, pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.serialization import pkcs12 as pyca_pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = [
    "EKU_CLIENT_AUTH",
    "EKU_EMAIL_PROTECTION",
    "GOST_2015_256_OID",
    "GOST_OID_PREFIX",
    "POLICY_INDIVIDUAL_AUTH",
    "POLICY_INDIVIDUAL_SIGN",
    "POLICY_LEGAL_AUTH",
    "POLICY_LEGAL_SIGN",
    "ROLES",
    "ROLE_OIDS",
    "CertIdentity",
    "IssuedKey",
    "P12PasswordError",
    "Role",
    "Subject",
    "TestCA",
    "Usage",
    "gost_like_p12",
    "read_identity",
    "read_p12_key_algorithm",
]

Role = Literal[
    "individual", "legal_entity", "first_head", "right_to_sign", "financial", "hr", "employee"
]
Usage = Literal["sign", "auth"]

ROLES: tuple[Role, ...] = get_args(Role)

# EKU role OIDs of NCA RK (docs/eds.md). The role lives in the EKU, not in the subject, so it is the
# only place a verifier can learn whether a key may sign for an organisation.
ROLE_OIDS: dict[Role, x509.ObjectIdentifier] = {
    "individual": x509.ObjectIdentifier("1.2.398.3.3.4.1.1"),
    "legal_entity": x509.ObjectIdentifier("1.2.398.3.3.4.1.2"),
    "first_head": x509.ObjectIdentifier("1.2.398.3.3.4.1.2.1"),
    "right_to_sign": x509.ObjectIdentifier("1.2.398.3.3.4.1.2.2"),
    "financial": x509.ObjectIdentifier("1.2.398.3.3.4.1.2.3"),
    "hr": x509.ObjectIdentifier("1.2.398.3.3.4.1.2.4"),
    "employee": x509.ObjectIdentifier("1.2.398.3.3.4.1.2.5"),
}
_ROLE_BY_OID: dict[str, Role] = {oid.dotted_string: role for role, oid in ROLE_OIDS.items()}

EKU_EMAIL_PROTECTION = ExtendedKeyUsageOID.EMAIL_PROTECTION  # 1.3.6.1.5.5.7.3.4: signing keys
EKU_CLIENT_AUTH = ExtendedKeyUsageOID.CLIENT_AUTH  # 1.3.6.1.5.5.7.3.2: log-in keys
_USAGE_BY_EKU: dict[str, Usage] = {
    EKU_EMAIL_PROTECTION.dotted_string: "sign",
    EKU_CLIENT_AUTH.dotted_string: "auth",
}

POLICY_LEGAL_SIGN = x509.ObjectIdentifier("1.2.398.3.3.2.1")
POLICY_LEGAL_AUTH = x509.ObjectIdentifier("1.2.398.3.3.2.2")
POLICY_INDIVIDUAL_SIGN = x509.ObjectIdentifier("1.2.398.3.3.2.3")
POLICY_INDIVIDUAL_AUTH = x509.ObjectIdentifier("1.2.398.3.3.2.4")

GOST_OID_PREFIX = "1.2.398.3.10.1"
GOST_2015_256_OID = "1.2.398.3.10.1.1.2.3.1"

ROOT_NAME = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST ROOT)"
NCA_NAME = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST RSA)"
GOST_NCA_NAME = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST GOST)"

# Never fetched (validation runs with allow_fetching=False), but it must be present: the
# certvalidator's "hard-fail" mode only consults cached CRLs for certificates that declare a
# distribution point. ".invalid" guarantees nothing resolves it by accident.
CRL_URL = "http://crl.pki.sandbox.invalid/nca_rsa.crl"

_RSA_BITS = 2048
_P12_KDF_ROUNDS = 2048
_LEAF_LIFETIME = timedelta(days=365)  # NCA issues personal keys for one year
# Scenarios move the sandbox clock years back and forth after the CA is made (a demo world
# of today, a test replaying February 2025): the CA must be valid across all of it.
_CA_BACKDATE = timedelta(days=365 * 10)
_ROOT_LIFETIME = timedelta(days=365 * 30)
_NCA_LIFETIME = timedelta(days=365 * 25)


@dataclass(frozen=True)
class Subject:
    """Who a key is issued to. ``bin``/``organisation`` are set only for employees."""

    iin: str
    last_name: str
    first_name: str
    patronymic: str | None = None
    bin: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class IssuedKey:
    """A freshly issued key: the password-protected PKCS#12 as NCA would hand it out."""

    p12: bytes
    certificate: x509.Certificate
    serial: int
    filename: str


@dataclass(frozen=True)
class CertIdentity:
    """What a certificate says about its holder, in the terms the contract checks use."""

    iin: str
    bin: str | None
    common_name: str
    last_name: str
    first_name: str
    patronymic: str | None
    organisation: str | None
    roles: frozenset[str]
    usages: frozenset[str]
    serial: int
    not_before: datetime
    not_after: datetime


def _check_digits(value: str, what: str) -> str:
    if len(value) != 12 or not value.isdigit():
        raise ValueError(f"{what} must be 12 digits, got {value!r}")
    return value


def _new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=_RSA_BITS)


def _ski(key: rsa.RSAPrivateKey) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key.public_key())


_UB_NAME = 64  # RFC 5280 upper bound for CN, O, OU: 64 *characters*


def _attr(oid: x509.ObjectIdentifier, value: str) -> x509.NameAttribute[str]:
    """A name attribute that admits what NCA admits.

    ``cryptography`` measures RFC 5280's 64-character bound in UTF-8 bytes, so a Cyrillic or
    Kazakh name of 33+ letters, which NCA certifies without trouble, would be refused. The
    bound is checked here in characters and ``cryptography``'s byte check is skipped.
    """
    if len(value) > _UB_NAME:
        raise ValueError(f"name attribute longer than {_UB_NAME} characters: {value!r}")
    if len(value.encode("utf-8")) <= _UB_NAME:
        return x509.NameAttribute(oid, value)
    # Only the byte-length warning is silenced. catch_warnings swaps the process-wide filter
    # list, so concurrent issuers could at worst leave this one narrow filter installed.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="Attribute's length must be", category=UserWarning
        )
        return x509.NameAttribute(oid, value, _validate=False)


def _kz_name(common_name: str) -> x509.Name:
    return x509.Name([_attr(NameOID.COMMON_NAME, common_name), _attr(NameOID.COUNTRY_NAME, "KZ")])


def _subject_name(subject: Subject) -> x509.Name:
    # NCA writes names in capitals, and puts the patronymic in GIVENNAME (G): the given name
    # itself is only visible as the second word of CN.
    last = subject.last_name.upper()
    first = subject.first_name.upper()
    attrs = [
        _attr(NameOID.COMMON_NAME, f"{last} {first}"),
        _attr(NameOID.SURNAME, last),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN" + _check_digits(subject.iin, "IIN")),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
    ]
    if subject.patronymic:
        attrs.append(_attr(NameOID.GIVEN_NAME, subject.patronymic.upper()))
    if subject.bin is not None:
        if not subject.organisation:
            raise ValueError("an employee's certificate needs the organisation's name")
        attrs.append(_attr(NameOID.ORGANIZATION_NAME, subject.organisation))
        attrs.append(
            x509.NameAttribute(
                NameOID.ORGANIZATIONAL_UNIT_NAME, "BIN" + _check_digits(subject.bin, "BIN")
            )
        )
    return x509.Name(attrs)


class TestCA:
    """A root and an "NCA" intermediate that issues personal keys and the CRL.

    Keys are kept as unencrypted PKCS#8 PEM by :meth:`to_pem`: this CA exists to be thrown
    away, and the sandbox must be able to rebuild it from its database after a restart.
    """

    __test__ = False  # not a pytest test class, despite the name

    def __init__(
        self,
        root_key: rsa.RSAPrivateKey,
        root_cert: x509.Certificate,
        nca_key: rsa.RSAPrivateKey,
        nca_cert: x509.Certificate,
    ) -> None:
        self.root_key = root_key
        self.root_cert = root_cert
        self.nca_key = nca_key
        self.nca_cert = nca_cert

    @classmethod
    def create(cls, now: datetime) -> TestCA:
        root_key = _new_rsa_key()
        nca_key = _new_rsa_key()
        root_name = _kz_name(ROOT_NAME)
        nca_name = _kz_name(NCA_NAME)
        start = now - _CA_BACKDATE
        ca_usage = x509.KeyUsage(
            digital_signature=False,
            content_commitment=False,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=True,
            crl_sign=True,
            encipher_only=False,
            decipher_only=False,
        )
        root_cert = (
            x509.CertificateBuilder()
            .subject_name(root_name)
            .issuer_name(root_name)
            .public_key(root_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + _ROOT_LIFETIME)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(ca_usage, critical=True)
            .add_extension(_ski(root_key), critical=False)
            .sign(root_key, hashes.SHA256())
        )
        nca_cert = (
            x509.CertificateBuilder()
            .subject_name(nca_name)
            .issuer_name(root_name)
            .public_key(nca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + _NCA_LIFETIME)
            # path_length=0: the intermediate only issues end-entity keys, as NCA's does.
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(ca_usage, critical=True)
            .add_extension(_ski(nca_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                critical=False,
            )
            .sign(root_key, hashes.SHA256())
        )
        return cls(root_key, root_cert, nca_key, nca_cert)

    def to_pem(self) -> dict[str, str]:
        def key_pem(key: rsa.RSAPrivateKey) -> str:
            return key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ).decode("ascii")

        return {
            "root_key": key_pem(self.root_key),
            "root_cert": self.root_cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            "nca_key": key_pem(self.nca_key),
            "nca_cert": self.nca_cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        }

    @classmethod
    def from_pem(cls, d: Mapping[str, str]) -> TestCA:
        def load_key(pem: str) -> rsa.RSAPrivateKey:
            key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
            if not isinstance(key, rsa.RSAPrivateKey):
                raise ValueError("the test CA's keys are RSA")
            return key

        return cls(
            root_key=load_key(d["root_key"]),
            root_cert=x509.load_pem_x509_certificate(d["root_cert"].encode("ascii")),
            nca_key=load_key(d["nca_key"]),
            nca_cert=x509.load_pem_x509_certificate(d["nca_cert"].encode("ascii")),
        )

    def roots_pem(self) -> bytes:
        """Root and intermediate, what a verifier needs to add to its trust store."""
        return self.root_cert.public_bytes(serialization.Encoding.PEM) + self.nca_cert.public_bytes(
            serialization.Encoding.PEM
        )

    def issue(
        self,
        subject: Subject,
        *,
        role: Role,
        usage: Usage,
        password: str,
        now: datetime,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> IssuedKey:
        if role not in ROLE_OIDS:
            raise ValueError(f"unknown role {role!r}")
        if usage not in ("sign", "auth"):
            raise ValueError(f"usage must be 'sign' or 'auth', got {usage!r}")
        individual = role == "individual"
        # The layout is what verifiers rely on: an individual's key never names an
        # organisation, an employee's always does.
        if individual and subject.bin is not None:
            raise ValueError("an individual's certificate carries no BIN")
        if not individual and subject.bin is None:
            raise ValueError(f"role {role!r} is an employee role and needs a BIN")

        key = _new_rsa_key()
        start = now if not_before is None else not_before
        end = start + _LEAF_LIFETIME if not_after is None else not_after
        sign = usage == "sign"
        if individual:
            policy = POLICY_INDIVIDUAL_SIGN if sign else POLICY_INDIVIDUAL_AUTH
        else:
            policy = POLICY_LEGAL_SIGN if sign else POLICY_LEGAL_AUTH
        ski = _ski(key)
        serial = x509.random_serial_number()
        cert = (
            x509.CertificateBuilder()
            .subject_name(_subject_name(subject))
            .issuer_name(self.nca_cert.subject)
            .public_key(key.public_key())
            .serial_number(serial)
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=sign,  # nonRepudiation: only signing keys commit
                    key_encipherment=not sign,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.ExtendedKeyUsage(
                    [EKU_EMAIL_PROTECTION if sign else EKU_CLIENT_AUTH, ROLE_OIDS[role]]
                ),
                critical=False,
            )
            .add_extension(
                x509.CertificatePolicies([x509.PolicyInformation(policy, None)]), critical=False
            )
            .add_extension(ski, critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.nca_key.public_key()),
                critical=False,
            )
            .add_extension(
                x509.CRLDistributionPoints(
                    [
                        x509.DistributionPoint(
                            full_name=[x509.UniformResourceIdentifier(CRL_URL)],
                            relative_name=None,
                            reasons=None,
                            crl_issuer=None,
                        )
                    ]
                ),
                critical=False,
            )
            .sign(self.nca_key, hashes.SHA256())
        )
        ski_hex = ski.digest.hex()
        # NCA's wrapping (3DES, SHA-1 MAC) rather than cryptography's AES default, so that
        # the sandbox's files exercise the same code paths as real ones.
        encryption = (
            serialization.PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(_P12_KDF_ROUNDS)
            .key_cert_algorithm(pyca_pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
            .hmac_hash(hashes.SHA1())
            .build(password.encode("utf-8"))
        )
        p12 = pyca_pkcs12.serialize_key_and_certificates(
            name=ski_hex.encode("ascii"),
            key=key,
            cert=cert,
            cas=[self.nca_cert, self.root_cert],
            encryption_algorithm=encryption,
        )
        prefix = "RSA256_" if sign else "AUTH_RSA256_"
        return IssuedKey(
            p12=p12, certificate=cert, serial=serial, filename=f"{prefix}{ski_hex}.p12"
        )

    def crl(
        self, revoked: Iterable[tuple[int, datetime]], now: datetime, next_update: datetime
    ) -> bytes:
        """A DER CRL signed by the intermediate, listing ``(serial, revoked_at)`` pairs."""
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.nca_cert.subject)
            .last_update(now)
            .next_update(next_update)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.nca_key.public_key()),
                critical=False,
            )
            # Monotonic as long as the clock is: verifiers prefer the CRL with the larger number.
            .add_extension(x509.CRLNumber(max(0, int(now.timestamp()))), critical=False)
        )
        for serial, revoked_at in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(serial)
                .revocation_date(revoked_at)
                .build()
            )
        crl = builder.sign(self.nca_key, hashes.SHA256())
        return crl.public_bytes(serialization.Encoding.DER)


def _subject_attributes(cert: x509.Certificate) -> dict[str, list[str]]:
    """The subject's attributes by asn1crypto name ("common_name", "surname", ...).

    Read with asn1crypto rather than ``cert.subject``: ``cryptography`` re-checks the
    64-byte bound while parsing and emits a ``UserWarning`` for every long Cyrillic name NCA
    legitimately issues, which would also turn into errors under warnings-as-errors.
    """
    name = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)).subject
    found: dict[str, list[str]] = {}
    for rdn in name.chosen:
        for attribute in rdn:
            value = attribute["value"].native
            found.setdefault(attribute["type"].native, []).append(
                value if isinstance(value, str) else str(value)
            )
    return found


def read_identity(cert: x509.Certificate) -> CertIdentity:
    """Read the holder of an NCA-style certificate.

    Raises ``ValueError`` when the subject has no ``SERIALNUMBER=IIN…``: without it the
    certificate names nobody the portal can match, so callers must not guess.
    """
    subject = _subject_attributes(cert)

    def single(kind: str) -> str | None:
        values = subject.get(kind)
        return values[0] if values else None

    serial_number = single("serial_number") or ""
    if not serial_number.startswith("IIN"):
        raise ValueError(f"certificate subject has no IIN: {subject}")
    iin = _check_digits(serial_number[3:], "IIN")

    bin_value: str | None = None
    for text in subject.get("organizational_unit_name", []):
        if text.startswith("BIN"):
            bin_value = _check_digits(text[3:], "BIN")
            break

    common_name = single("common_name") or ""
    last_name = single("surname") or ""
    # CN is "SURNAME NAME"; the given name has no attribute of its own in NCA's layout.
    rest = common_name[len(last_name) :] if common_name.startswith(last_name) else common_name
    first_name = rest.strip()
    if not last_name and " " in first_name:
        last_name, first_name = first_name.split(" ", 1)

    roles: set[str] = set()
    usages: set[str] = set()
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        eku = x509.ExtendedKeyUsage([])
    for oid in eku:
        if oid.dotted_string in _ROLE_BY_OID:
            roles.add(_ROLE_BY_OID[oid.dotted_string])
        elif oid.dotted_string in _USAGE_BY_EKU:
            usages.add(_USAGE_BY_EKU[oid.dotted_string])

    return CertIdentity(
        iin=iin,
        bin=bin_value,
        common_name=common_name,
        last_name=last_name,
        first_name=first_name,
        patronymic=single("given_name"),
        organisation=single("organization_name"),
        roles=frozenset(roles),
        usages=frozenset(usages),
        serial=cert.serial_number,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
    )


# --- PKCS#12 by hand -------------------------------------------------------------------------
# `cryptography` cannot write (or read) a key whose algorithm it does not know, so a GOST-looking
# file has to be assembled from asn1crypto structures, with the PKCS#12 password-based crypto
# (RFC 7292 appendix B) done here.

_PKCS12_KEY_ID = 1
_PKCS12_IV_ID = 2
_PKCS12_MAC_ID = 3


class _OpaqueAlgorithm(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("algorithm", core.ObjectIdentifier),
        ("parameters", core.Any, {"optional": True}),
    ]


class _OpaquePrivateKeyInfo(core.Sequence):
    """PKCS#8 PrivateKeyInfo without asn1crypto's per-algorithm parsing, which would reject
    an algorithm it does not know (exactly the GOST case)."""

    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("version", core.Integer),
        ("private_key_algorithm", _OpaqueAlgorithm),
        ("private_key", core.OctetString),
        ("attributes", core.Any, {"implicit": 0, "optional": True}),
    ]


class _OpaquePublicKeyInfo(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("algorithm", _OpaqueAlgorithm),
        ("public_key", core.OctetBitString),
    ]


def _pkcs12_kdf(
    password: str, salt: bytes, id_byte: int, iterations: int, length: int, hash_name: str
) -> bytes:
    """RFC 7292 B.2, the KDF behind PKCS#12's PBE ciphers and its MAC."""
    u = hashlib.new(hash_name).digest_size
    v = hashlib.new(hash_name).block_size
    pwd = (password.encode("utf-16-be") + b"\x00\x00") if password else b""

    def stretch(data: bytes) -> bytes:
        if not data:
            return b""
        n = v * -(-len(data) // v)
        return (data * (n // len(data) + 1))[:n]

    block = bytearray(stretch(salt) + stretch(pwd))
    diversifier = bytes([id_byte]) * v
    out = b""
    while len(out) < length:
        a = hashlib.new(hash_name, diversifier + bytes(block)).digest()
        for _ in range(iterations - 1):
            a = hashlib.new(hash_name, a).digest()
        out += a
        b = int.from_bytes((a * (v // u + 1))[:v], "big")
        for start in range(0, len(block), v):
            chunk = int.from_bytes(block[start : start + v], "big")
            block[start : start + v] = ((chunk + b + 1) % (1 << (8 * v))).to_bytes(v, "big")
    return out[:length]


def _mac(password: str, salt: bytes, iterations: int, data: bytes, hash_name: str) -> bytes:
    size = hashlib.new(hash_name).digest_size
    key = _pkcs12_kdf(password, salt, _PKCS12_MAC_ID, iterations, size, hash_name)
    return hmac.new(key, data, hash_name).digest()


def _tripledes_pbe_encrypt(password: str, salt: bytes, iterations: int, data: bytes) -> bytes:
    key = _pkcs12_kdf(password, salt, _PKCS12_KEY_ID, iterations, 24, "sha1")
    iv = _pkcs12_kdf(password, salt, _PKCS12_IV_ID, iterations, 8, "sha1")
    padder = padding.PKCS7(64).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(TripleDES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def _pbe_decrypt(password: str, algorithm: algos.EncryptionAlgorithm, data: bytes) -> bytes:
    kdf = algorithm.kdf
    cipher_name = algorithm.encryption_cipher
    key_length = algorithm.key_length
    if kdf == "pkcs12_kdf":
        salt, rounds, hash_name = algorithm.kdf_salt, algorithm.kdf_iterations, algorithm.kdf_hmac
        key = _pkcs12_kdf(password, salt, _PKCS12_KEY_ID, rounds, key_length, hash_name)
        block_size = algorithm.encryption_block_size
        iv = _pkcs12_kdf(password, salt, _PKCS12_IV_ID, rounds, block_size, hash_name)
    elif kdf == "pbkdf2":
        key = PBKDF2HMAC(
            algorithm=cast(hashes.HashAlgorithm, getattr(hashes, algorithm.kdf_hmac.upper())()),
            length=key_length,
            salt=algorithm.kdf_salt,
            iterations=algorithm.kdf_iterations,
        ).derive(password.encode("utf-8"))
        iv = algorithm.encryption_iv
    else:
        raise ValueError(f"unsupported PKCS#12 key protection: {algorithm['algorithm'].native}")
    cipher: algorithms.AES | TripleDES
    if cipher_name == "aes":
        cipher, bits = algorithms.AES(key), 128
    elif cipher_name == "tripledes":
        cipher, bits = TripleDES(key), 64
    else:
        raise ValueError(f"unsupported PKCS#12 cipher: {cipher_name}")
    decryptor = Cipher(cipher, modes.CBC(iv)).decryptor()
    padded = decryptor.update(data) + decryptor.finalize()
    unpadder = padding.PKCS7(bits).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def _gost_like_certificate(subject: Subject, now: datetime, public_key: bytes) -> bytes:
    """A certificate shaped like NCA's GOST ones. Its signature is random bytes: nothing can
    verify GOST here anyway, and the file only has to be recognisable, not usable."""
    name = asn1_x509.Name.build(
        {
            "common_name": f"{subject.last_name.upper()} {subject.first_name.upper()}",
            "surname": subject.last_name.upper(),
            "serial_number": "IIN" + _check_digits(subject.iin, "IIN"),
            "country_name": "KZ",
        }
    )
    issuer = asn1_x509.Name.build({"common_name": GOST_NCA_NAME, "country_name": "KZ"})
    gost_algorithm = {"algorithm": GOST_2015_256_OID}
    spki = keys.PublicKeyInfo.load(
        _OpaquePublicKeyInfo(
            {"algorithm": gost_algorithm, "public_key": core.OctetString(public_key).dump()}
        ).dump()
    )
    tbs = asn1_x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": int.from_bytes(secrets.token_bytes(19), "big"),
            "signature": algos.SignedDigestAlgorithm(gost_algorithm),
            "issuer": issuer,
            "validity": {
                "not_before": asn1_x509.Time({"utc_time": now}),
                "not_after": asn1_x509.Time({"utc_time": now + _LEAF_LIFETIME}),
            },
            "subject": name,
            "subject_public_key_info": spki,
        }
    )
    cert = asn1_x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": algos.SignedDigestAlgorithm(gost_algorithm),
            "signature_value": secrets.token_bytes(64),
        }
    )
    return cast(bytes, cert.dump())


def gost_like_p12(
    password: str, *, subject: Subject | None = None, now: datetime | None = None
) -> bytes:
    """A well-formed, password-protected PKCS#12 like NCA's ``GOSTKNCA_*.p12``.

    Its key bag holds a PKCS#8 key whose algorithm is GOST 34.10-2015 (256), an OID under
    1.2.398.3.10.1 that OpenSSL and therefore ``cryptography`` do not know: loading it fails,
    which is what the client must recognise and explain instead of crashing. The wrapping
    (3DES key bag, SHA-1 MAC) is NCA's, so the failure comes from the key, not the container.
    """
    holder = subject or Subject(iin="900101300123", last_name="GOST", first_name="TEST")
    when = now or datetime.now(UTC)
    public_key = secrets.token_bytes(64)
    key_info = _OpaquePrivateKeyInfo(
        {
            "version": 0,
            "private_key_algorithm": {"algorithm": GOST_2015_256_OID},
            "private_key": core.OctetString(secrets.token_bytes(32)).dump(),
        }
    )
    local_key_id = hashlib.sha1(public_key).digest()
    bag_attributes = pkcs12.Attributes([{"type": "local_key_id", "values": [local_key_id]}])

    salt = secrets.token_bytes(8)
    encrypted_key = keys.EncryptedPrivateKeyInfo(
        {
            "encryption_algorithm": {
                "algorithm": "pkcs12_sha1_tripledes_3key",
                "parameters": {"salt": salt, "iterations": _P12_KDF_ROUNDS},
            },
            "encrypted_data": _tripledes_pbe_encrypt(
                password, salt, _P12_KDF_ROUNDS, key_info.dump()
            ),
        }
    )
    key_bags = pkcs12.SafeContents(
        [
            pkcs12.SafeBag(
                {
                    "bag_id": "pkcs8_shrouded_key_bag",
                    "bag_value": encrypted_key,
                    "bag_attributes": bag_attributes,
                }
            )
        ]
    )
    cert_der = _gost_like_certificate(holder, when, public_key)
    cert_bags = pkcs12.SafeContents(
        [
            pkcs12.SafeBag(
                {
                    "bag_id": "cert_bag",
                    "bag_value": pkcs12.CertBag(
                        {"cert_id": "x509", "cert_value": core.ParsableOctetString(cert_der)}
                    ),
                    "bag_attributes": bag_attributes,
                }
            )
        ]
    )
    auth_safe = pkcs12.AuthenticatedSafe(
        [
            cms.ContentInfo({"content_type": "data", "content": cert_bags.dump()}),
            cms.ContentInfo({"content_type": "data", "content": key_bags.dump()}),
        ]
    )
    auth_safe_der = auth_safe.dump()
    mac_salt = secrets.token_bytes(8)
    pfx = pkcs12.Pfx(
        {
            "version": "v3",
            "auth_safe": cms.ContentInfo({"content_type": "data", "content": auth_safe_der}),
            "mac_data": {
                "mac": {
                    "digest_algorithm": {"algorithm": "sha1"},
                    "digest": _mac(password, mac_salt, _P12_KDF_ROUNDS, auth_safe_der, "sha1"),
                },
                "mac_salt": mac_salt,
                "iterations": _P12_KDF_ROUNDS,
            },
        }
    )
    return cast(bytes, pfx.dump())


class P12PasswordError(ValueError):
    """The PKCS#12 file is intact but the password does not open it."""


def read_p12_key_algorithm(p12: bytes, password: str) -> str:
    """The dotted OID of the private key's algorithm in a PKCS#12 file.

    Works where ``cryptography`` gives up (GOST keys), so a caller can tell "a GOST key, not
    supported yet" apart from "wrong password" or "not a key file". Raises
    :class:`P12PasswordError` when the password does not match the file's MAC, and
    ``ValueError`` for anything that is not a readable PKCS#12 key store.
    """
    try:
        pfx = pkcs12.Pfx.load(p12)
        auth_safe_der = pfx["auth_safe"]["content"].native
        if not isinstance(auth_safe_der, bytes):
            raise ValueError("only password-integrity PKCS#12 files are supported")
        mac_data = pfx["mac_data"]
        mac_ok = True
        if mac_data.native is not None:
            hash_name = mac_data["mac"]["digest_algorithm"]["algorithm"].native
            expected = _mac(
                password,
                mac_data["mac_salt"].native,
                mac_data["iterations"].native,
                auth_safe_der,
                hash_name,
            )
            mac_ok = hmac.compare_digest(expected, mac_data["mac"]["digest"].native)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(f"not a readable PKCS#12 file: {exc}") from exc
    if not mac_ok:
        # The MAC key comes from the password, so a mismatch on an intact file means the
        # password is wrong; said separately because that is the one thing a person can fix.
        raise P12PasswordError("wrong password for this key file")
    try:
        for content_info in pkcs12.AuthenticatedSafe.load(auth_safe_der):
            # Keys sit in plain "data" safes (the encrypted safes hold certificates).
            if content_info["content_type"].native != "data":
                continue
            for bag in pkcs12.SafeContents.load(content_info["content"].native):
                bag_id = bag["bag_id"].native
                # untag(): the bag value carries SafeBag's explicit [0] tag; re-read it with
                # the opaque structure so an unknown key algorithm does not trip asn1crypto.
                if bag_id == "key_bag":
                    plain = bag["bag_value"].untag().dump()
                elif bag_id == "pkcs8_shrouded_key_bag":
                    shrouded = keys.EncryptedPrivateKeyInfo.load(bag["bag_value"].untag().dump())
                    plain = _pbe_decrypt(
                        password,
                        shrouded["encryption_algorithm"],
                        shrouded["encrypted_data"].native,
                    )
                else:
                    continue
                info = _OpaquePrivateKeyInfo.load(plain)
                return cast(str, info["private_key_algorithm"]["algorithm"].dotted)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(f"not a readable PKCS#12 key store: {exc}") from exc
    raise ValueError("the PKCS#12 file holds no private key")
