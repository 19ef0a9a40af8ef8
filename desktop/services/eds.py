"""The staff's EDS keys (docs/eds.md): open a PKCS#12 key, say whose it is, sign with it.

NCA RK issues RSA keys, which `cryptography` opens, and GOST keys, which nothing here can
use yet. A GOST file fails in `cryptography` with the same "invalid password" error as a
wrong password, so when it fails the file is taken apart by hand (asn1crypto, and the
PKCS#12 key derivation of RFC 7292): the MAC says whether the password is right, and the
decrypted key bag names the key's algorithm. Every failure is an `EdsError` whose message
a person can act on.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from asn1crypto import algos, core, keys, pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.serialization import pkcs12 as pyca_pkcs12

from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.files import KEY_LIMIT, FileRefused, read_limited
from desktop.services.portal_api import PortalClient, Tokens
from desktop.services.translation import translate

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

GOST_OID_PREFIX = "1.2.398.3.10.1"
# The one GOST algorithm whose OID the project has seen in a key file (the sandbox's
# GOSTKNCA-like keys); other OIDs under the prefix are named generically.
_GOST_NAMES = {"1.2.398.3.10.1.1.2.3.1": "GOST R 34.10-2015, 256 bit"}
_GOST_FILE_PREFIXES = ("GOSTKNCA_", "GOST512_")

# EKU OIDs of NCA RK: the holder's role next to what the key is for (docs/eds.md).
ROLE_OIDS = {
    "1.2.398.3.3.4.1.1": "individual",
    "1.2.398.3.3.4.1.2": "legal_entity",
    "1.2.398.3.3.4.1.2.1": "first_head",
    "1.2.398.3.3.4.1.2.2": "right_to_sign",
    "1.2.398.3.3.4.1.2.3": "financial",
    "1.2.398.3.3.4.1.2.4": "hr",
    "1.2.398.3.3.4.1.2.5": "employee",
}
USAGE_OIDS = {"1.3.6.1.5.5.7.3.4": "sign", "1.3.6.1.5.5.7.3.2": "auth"}


class EdsError(Exception):
    """A key cannot be used; the message says why and what to do, `code` which case."""

    code = "eds_error"


class KeyFileUnreadable(EdsError):
    code = "unreadable"


class CorruptKeyFile(EdsError):
    code = "corrupt"


class WrongKeyPassword(EdsError):
    code = "wrong_password"


class GostKeyNotSupported(EdsError):
    code = "gost_not_supported"

    def __init__(self, message: str, algorithm: str) -> None:
        super().__init__(message)
        self.algorithm = algorithm


class UnsupportedKey(EdsError):
    code = "unsupported_key"


class NotAnAuthKey(EdsError):
    """A signing key offered for logging in (the portal would refuse it as
    `signature_invalid`, which says nothing about why)."""

    code = "not_auth_key"


class KeyValidityError(EdsError):
    """The key is intact but not valid at the time asked; `key` is it, opened."""

    def __init__(self, message: str, key: LoadedKey) -> None:
        super().__init__(message)
        self.key = key


class KeyExpired(KeyValidityError):
    code = "expired"


class KeyNotYetValid(KeyValidityError):
    code = "not_yet_valid"


@dataclass(frozen=True)
class KeyIdentity:
    """Who a certificate names, in NCA's layout: SERIALNUMBER=IIN…, OU=BIN… for staff."""

    iin: str | None
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

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


@dataclass(frozen=True)
class LoadedKey:
    path: Path
    private_key: rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    identity: KeyIdentity

    def validity_error(self, at: datetime | None = None) -> KeyValidityError | None:
        """Why the key may not be used at `at` (now by default), or None."""
        moment = at or datetime.now(UTC)
        who = self.identity
        # The days as the portal counts them: the bounds are moments in UTC.
        if moment < who.not_before:
            return KeyNotYetValid(translate(
                "eds", "The key {name} is valid only from {date}: use the key you have now, "
                "or wait until then.").format(
                name=self.path.name, date=format_date(who.not_before.astimezone(PORTAL_TZ))),
                self)
        if moment > who.not_after:
            return KeyExpired(translate(
                "eds", "The key {name} expired on {date}: get a new key from NCA RK "
                "(pki.gov.kz) and use that.").format(
                name=self.path.name, date=format_date(who.not_after.astimezone(PORTAL_TZ))),
                self)
        return None


def load_key(path: Path, password: str, *, at: datetime | None = None,
             check_validity: bool = True) -> LoadedKey:
    """Open a PKCS#12 key file with its password.

    Raises KeyFileUnreadable, CorruptKeyFile, WrongKeyPassword, GostKeyNotSupported,
    UnsupportedKey, and (unless `check_validity` is false) KeyExpired or KeyNotYetValid
    for the time `at` (now by default).
    """
    try:
        data = read_limited(path, KEY_LIMIT)
    except FileRefused as exc:
        raise KeyFileUnreadable(translate(
            "eds", "{path} is not a key file: NCA's key files are small .p12 files, not "
            "folders, devices or anything over 1 MB. Choose the key file itself.").format(
            path=path)) from exc
    except OSError as exc:
        raise KeyFileUnreadable(translate(
            "eds", "The key file {path} cannot be read: {reason}. Check that the file (or "
            "the USB stick it is on) is still there and readable, then choose it again.").format(
            path=path, reason=exc.strerror or exc)) from exc
    try:
        private_key, certificate, extra = pyca_pkcs12.load_key_and_certificates(
            data, password.encode("utf-8"))
    except ValueError:
        raise _diagnose(path, data, password) from None
    if private_key is None or certificate is None:
        raise CorruptKeyFile(translate(
            "eds", "The file {name} holds no private key with its certificate: choose the "
            ".p12 key file NCA RK issued.").format(name=path.name))
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise UnsupportedKey(translate(
            "eds", "The key in {name} is not an RSA key, and only RSA keys can be used: "
            "choose an RSA256_… or AUTH_RSA256_… file.").format(name=path.name))
    loaded = LoadedKey(path, private_key, certificate, tuple(extra),
                       certificate_identity(certificate))
    if check_validity:
        problem = loaded.validity_error(at)
        if problem is not None:
            raise problem
    return loaded


def simple_signer(key: LoadedKey) -> SimpleSigner:
    """The key as pyHanko's signer, its chain attached, for CMS and PDF signatures."""
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    class OpenKeySigner(SimpleSigner):
        """SimpleSigner parses its private key again for every signature (about 50 ms for
        RSA-2048, twice per PDF signature); this key is open already."""

        async def async_sign_raw(self, data: bytes, digest_algorithm: str,
                                 dry_run: bool = False) -> bytes:
            if dry_run:  # pyHanko sizing the signature: only the length counts
                return bytes(key.private_key.key_size // 8)
            return self.sign_raw(data, digest_algorithm)

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            if mechanism.signature_algo != "rsassa_pkcs1v15":
                return bytes(super().sign_raw(data, digest_algorithm))
            return key.private_key.sign(data, PKCS1v15(),
                                        get_pyca_cryptography_hash(digest_algorithm))

    return OpenKeySigner(
        signing_cert=asn1(key.certificate),
        signing_key=keys.PrivateKeyInfo.load(key.private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([asn1(c) for c in key.chain]),
    )


def sign_cms(key: LoadedKey, data: bytes) -> bytes:
    """A detached CMS SignedData over `data` (SHA-256, RSA), as NCALayer makes them."""
    signer = simple_signer(key)
    # pyHanko signs only asynchronously; callers here are plain threads without a loop.
    signed = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    return bytes(signed.dump())


def login_with_key(client: PortalClient, path: Path, password: str,
                   role: str | None = None) -> Tokens:
    """Log in with an AUTH key: the portal's nonce, signed, sent back (docs/portal-api.md).

    Key problems raise EdsError before anything is sent (a SIGN key: NotAnAuthKey); the
    portal's own refusals (a key of nobody on staff: `eds_unknown_signer`) arrive as
    PortalRefused.
    """
    return login_with_loaded_key(client, load_key(path, password), role)


def login_with_loaded_key(client: PortalClient, key: LoadedKey,
                          role: str | None = None) -> Tokens:
    """`login_with_key` with a key already opened (and so checked)."""
    if "auth" not in key.identity.usages:
        raise NotAnAuthKey(translate(
            "eds", "{name} is a signing key: logging in needs the AUTH key issued with it "
            "(its file name starts with AUTH_RSA256_).").format(name=key.path.name))
    nonce = client.eds_challenge()
    signature = sign_cms(key, nonce.encode("utf-8"))
    return client.login_eds(nonce, base64.b64encode(signature).decode("ascii"), role)


# --- who the certificate names -----------------------------------------------------------


def certificate_identity(certificate: x509.Certificate) -> KeyIdentity:
    """Who a certificate names (the signer of a document, not only a key opened here)."""
    # asn1crypto, not `certificate.subject`: cryptography warns on every Cyrillic name longer
    # than 64 bytes, which NCA issues as a matter of course.
    cert = asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    subject: dict[str, list[str]] = {}
    for rdn in cert.subject.chosen:
        for attribute in rdn:
            subject.setdefault(attribute["type"].native, []).append(
                str(attribute["value"].native))

    def first(kind: str) -> str | None:
        values = subject.get(kind)
        return values[0] if values else None

    serial_number = first("serial_number") or ""
    iin = serial_number[3:] if serial_number.startswith("IIN") else None
    bin_ = next((ou[3:] for ou in subject.get("organizational_unit_name", [])
                 if ou.startswith("BIN")), None)
    common_name = first("common_name") or ""
    last_name = first("surname") or ""
    # CN is "SURNAME NAME"; G holds the patronymic, so the given name is only in CN.
    given = common_name[len(last_name):] if last_name and common_name.startswith(
        last_name) else common_name
    first_name = given.strip()
    if not last_name and " " in first_name:
        last_name, first_name = first_name.split(" ", 1)
    roles: set[str] = set()
    usages: set[str] = set()
    for purpose in cert.extended_key_usage_value or []:
        oid = purpose.dotted
        if oid in ROLE_OIDS:
            roles.add(ROLE_OIDS[oid])
        elif oid in USAGE_OIDS:
            usages.add(USAGE_OIDS[oid])
    return KeyIdentity(
        iin=iin, bin=bin_, common_name=common_name, last_name=last_name,
        first_name=first_name, patronymic=first("given_name"),
        organisation=first("organization_name"), roles=frozenset(roles),
        usages=frozenset(usages), serial=certificate.serial_number,
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc)


# --- why cryptography could not open it ----------------------------------------------------


class _Algorithm(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("algorithm", core.ObjectIdentifier),
        ("parameters", core.Any, {"optional": True}),
    ]


class _PrivateKeyInfo(core.Sequence):
    """PKCS#8 without asn1crypto's per-algorithm parsing, which rejects a GOST key."""

    _fields = [  # noqa: RUF012 - asn1crypto's declaration style
        ("version", core.Integer),
        ("private_key_algorithm", _Algorithm),
        ("private_key", core.OctetString),
        ("attributes", core.Any, {"implicit": 0, "optional": True}),
    ]


def _diagnose(path: Path, data: bytes, password: str) -> EdsError:
    corrupt = CorruptKeyFile(translate(
        "eds", "The file {name} is not a readable key file (PKCS#12): it may be damaged or "
        "not a key at all. Choose the .p12 file NCA RK issued.").format(name=path.name))
    wrong = WrongKeyPassword(translate(
        "eds", "The password does not open the key {name}. Check the keyboard layout and "
        "Caps Lock, and try again.").format(name=path.name) + _gost_hint(path))
    has_mac = False
    try:
        pfx = pkcs12.Pfx.load(data)
        safe = pfx["auth_safe"]["content"].native
        mac_data = pfx["mac_data"]
        has_mac = mac_data.native is not None
        if not isinstance(safe, bytes):
            return corrupt
        if has_mac and not _mac_matches(mac_data, safe, password):
            return wrong
        algorithm = _key_algorithm(safe, password)
    except _Undecryptable:
        # Without a MAC, a key bag that does not decrypt is the only sign of a wrong password.
        return corrupt if has_mac else wrong
    except (ValueError, TypeError, KeyError):
        return corrupt
    if algorithm is None:
        return CorruptKeyFile(translate(
            "eds", "The file {name} holds no private key: choose the .p12 key file NCA RK "
            "issued.").format(name=path.name))
    if algorithm.startswith(GOST_OID_PREFIX):
        kind = _GOST_NAMES.get(algorithm, "GOST")
        return GostKeyNotSupported(translate(
            "eds", "{name} is a GOST key ({kind}, algorithm {oid}). GOST keys are not "
            "supported yet: use your RSA key (a file named RSA256_… to sign, "
            "AUTH_RSA256_… to log in).").format(name=path.name, kind=kind, oid=algorithm),
            algorithm)
    return UnsupportedKey(translate(
        "eds", "The key in {name} uses an algorithm this program cannot use ({oid}): choose "
        "an RSA key.").format(name=path.name, oid=algorithm))


def _gost_hint(path: Path) -> str:
    if path.name.upper().startswith(_GOST_FILE_PREFIXES):
        return " " + translate(
            "eds", "(By its name this is a GOST key: even with the right password, GOST keys "
            "are not supported yet.)")
    return ""


class _Undecryptable(Exception):
    """A key bag that does not decrypt with this password."""


def _mac_matches(mac_data: pkcs12.MacData, safe: bytes, password: str) -> bool:
    hash_name = mac_data["mac"]["digest_algorithm"]["algorithm"].native
    size = hashlib.new(hash_name).digest_size
    key = _pkcs12_kdf(password, mac_data["mac_salt"].native, 3, mac_data["iterations"].native,
                      size, hash_name)
    expected = hmac.new(key, safe, hash_name).digest()
    return hmac.compare_digest(expected, mac_data["mac"]["digest"].native)


def _key_algorithm(safe: bytes, password: str) -> str | None:
    """The dotted OID of the first private key's algorithm, or None when there is none."""
    for content_info in pkcs12.AuthenticatedSafe.load(safe):
        # Keys sit in plain "data" safes; the encrypted ones hold the certificates.
        if content_info["content_type"].native != "data":
            continue
        for bag in pkcs12.SafeContents.load(content_info["content"].native):
            bag_id = bag["bag_id"].native
            # untag(): re-read the value without SafeBag's explicit tag, through the opaque
            # structure, so an algorithm asn1crypto does not know is not an error.
            if bag_id == "key_bag":
                plain = bag["bag_value"].untag().dump()
            elif bag_id == "pkcs8_shrouded_key_bag":
                shrouded = keys.EncryptedPrivateKeyInfo.load(bag["bag_value"].untag().dump())
                plain = _decrypt(password, shrouded["encryption_algorithm"],
                                 shrouded["encrypted_data"].native)
            else:
                continue
            try:
                info = _PrivateKeyInfo.load(plain)
                return str(info["private_key_algorithm"]["algorithm"].dotted)
            except ValueError as exc:
                raise _Undecryptable from exc
    return None


def _pkcs12_kdf(password: str, salt: bytes, purpose: int, iterations: int, length: int,
                hash_name: str) -> bytes:
    """RFC 7292 appendix B.2: PKCS#12's key derivation (purpose 1 key, 2 IV, 3 MAC)."""
    u = hashlib.new(hash_name).digest_size
    v = hashlib.new(hash_name).block_size
    secret = (password.encode("utf-16-be") + b"\x00\x00") if password else b""

    def fill(value: bytes) -> bytes:
        if not value:
            return b""
        size = v * -(-len(value) // v)
        return (value * (size // len(value) + 1))[:size]

    block = bytearray(fill(salt) + fill(secret))
    diversifier = bytes([purpose]) * v
    out = b""
    while len(out) < length:
        digest = hashlib.new(hash_name, diversifier + bytes(block)).digest()
        for _ in range(iterations - 1):
            digest = hashlib.new(hash_name, digest).digest()
        out += digest
        b = int.from_bytes((digest * (v // u + 1))[:v], "big")
        for start in range(0, len(block), v):
            chunk = int.from_bytes(block[start:start + v], "big")
            block[start:start + v] = ((chunk + b + 1) % (1 << (8 * v))).to_bytes(v, "big")
    return out[:length]


def _decrypt(password: str, algorithm: algos.EncryptionAlgorithm, data: bytes) -> bytes:
    cipher_name = algorithm.encryption_cipher
    key_length = algorithm.key_length
    if algorithm.kdf == "pkcs12_kdf":
        salt, rounds, hash_name = algorithm.kdf_salt, algorithm.kdf_iterations, algorithm.kdf_hmac
        key = _pkcs12_kdf(password, salt, 1, rounds, key_length, hash_name)
        iv = _pkcs12_kdf(password, salt, 2, rounds, algorithm.encryption_block_size, hash_name)
    elif algorithm.kdf == "pbkdf2":
        key = PBKDF2HMAC(algorithm=getattr(hashes, algorithm.kdf_hmac.upper())(),
                         length=key_length, salt=algorithm.kdf_salt,
                         iterations=algorithm.kdf_iterations).derive(password.encode("utf-8"))
        iv = algorithm.encryption_iv
    else:
        raise ValueError(f"unknown key protection {algorithm['algorithm'].native}")
    cipher: algorithms.AES | TripleDES
    if cipher_name == "aes":
        cipher, bits = algorithms.AES(key), 128
    elif cipher_name == "tripledes":
        cipher, bits = TripleDES(key), 64
    else:
        raise ValueError(f"unknown key cipher {cipher_name}")
    decryptor = Cipher(cipher, modes.CBC(iv)).decryptor()
    padded = decryptor.update(data) + decryptor.finalize()
    unpadder = padding.PKCS7(bits).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError as exc:
        raise _Undecryptable from exc
