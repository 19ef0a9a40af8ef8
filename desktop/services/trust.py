"""What a signature check may rely on (docs/eds.md): trusted roots and intermediates, and the
newest certificate revocation list (CRL) of each issuer, kept in the profile.

Roots come from three places: the NCA RK certificates shipped in `resources/trust/` (and
any an IT person adds to the profile's `trust/` folder), the portal sandbox's test root
(only in sandbox mode: fetched from `/sandbox/pki/roots` when asked, kept in the
profile's `trust-sandbox/` folder), and files given for one run (`--trust`). A
self-signed certificate is a root; any other is an intermediate that helps build chains.

CRLs are cached in the profile's `crls/` folder, the newest per issuer, so signatures are
checked offline; the client says how old that CRL is. Nothing is fetched from the network
unless a caller asks (`refresh_crls`, `refresh_sandbox`).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import crl as asn1_crl
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from desktop.services import counts
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.program_files import resources_dir
from desktop.services.translation import translate

log = logging.getLogger(__name__)

TRUST_FOLDER = "trust"  # in the profile: roots an IT person adds
SANDBOX_FOLDER = "trust-sandbox"  # in the profile: the sandbox's test root, sandbox mode only
CRL_FOLDER = "crls"  # in the profile: the CRL cache (doctor reads it too)
CRL_SUFFIXES = (".crl", ".pem", ".der")
CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
FETCH_TIMEOUT = 15.0


class TrustError(Exception):
    """A certificate or CRL file cannot be used; the message says which and why."""


def shipped_folder() -> Path:
    """`resources/trust/` beside the sources, or inside a PyInstaller bundle."""
    return resources_dir() / "trust"


# --- certificates --------------------------------------------------------------------------


# Names are read with asn1crypto, never through `Certificate.subject` or `.issuer`:
# cryptography warns on every common name longer than 64 bytes, and NCA RK certifies
# Cyrillic names of 33 letters and more as a matter of course.


@functools.lru_cache(maxsize=1024)
def _parsed(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def subject_der(cert: x509.Certificate) -> bytes:
    return bytes(_parsed(cert).subject.dump())


def issuer_der(cert: x509.Certificate) -> bytes:
    return bytes(_parsed(cert).issuer.dump())


def name_text(name: asn1_x509.Name) -> str:
    """A readable distinguished name: "Common Name: …, Country: KZ"."""
    parts = []
    for rdn in name.chosen:
        for attribute in rdn:
            kind = attribute["type"].human_friendly
            parts.append(f"{kind}: {attribute['value'].native}")
    return ", ".join(parts)


def common_name(name: asn1_x509.Name) -> str:
    return str(name.native.get("common_name", "")) or name_text(name)


def subject_text(cert: x509.Certificate) -> str:
    return name_text(_parsed(cert).subject)


def subject_cn(cert: x509.Certificate) -> str:
    return common_name(_parsed(cert).subject)


def issuer_cn(cert: x509.Certificate) -> str:
    return common_name(_parsed(cert).issuer)


def is_self_signed(cert: x509.Certificate) -> bool:
    if issuer_der(cert) != subject_der(cert):
        return False
    return signed_by(cert, cert)


def signed_by(cert: x509.Certificate | x509.CertificateRevocationList,
              issuer: x509.Certificate) -> bool:
    """Whether `issuer`'s key made the signature on a certificate or CRL."""
    key = issuer.public_key()
    try:
        if isinstance(cert, x509.CertificateRevocationList):
            return bool(cert.is_signature_valid(key))  # type: ignore[arg-type]
        algorithm = cert.signature_hash_algorithm
        if isinstance(key, rsa.RSAPublicKey) and algorithm is not None:
            key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(),
                       algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and algorithm is not None:
            key.verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(algorithm))
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def load_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate in a PEM (one or more) or DER file; TrustError when there is none
    or the file cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TrustError(translate(
            "trust", "The certificate file {path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc
    try:
        certs = parse_certificates(data)
    except ValueError as exc:
        raise TrustError(translate(
            "trust", "{path} holds no certificate that can be read (PEM or DER expected): "
            "{reason}.").format(path=path, reason=exc)) from exc
    if not certs:
        raise TrustError(translate(
            "trust", "{path} holds no certificate (PEM or DER expected).").format(path=path))
    return certs


def parse_certificates(data: bytes) -> list[x509.Certificate]:
    if pem.detect(data):
        return [x509.load_der_x509_certificate(der)
                for kind, _, der in pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"]
    return [x509.load_der_x509_certificate(data)]


def _folder_certificates(folder: Path) -> list[x509.Certificate]:
    found: list[x509.Certificate] = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() not in CERT_SUFFIXES:
            continue
        try:
            found.extend(load_certificates(path))
        except TrustError as exc:
            log.warning("skipping %s: %s", path, exc)
    return found


# --- CRLs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CachedCrl:
    """One revocation list: who issued it, when, and until when it is current."""

    crl: x509.CertificateRevocationList
    der: bytes
    path: Path | None = None

    @functools.cached_property
    def issuer_der(self) -> bytes:
        return bytes(asn1_crl.CertificateList.load(self.der)["tbs_cert_list"]["issuer"].dump())

    @property
    def issuer_key(self) -> str:
        return hashlib.sha256(self.issuer_der).hexdigest()[:16]

    @property
    def issuer(self) -> str:
        return common_name(asn1_x509.Name.load(self.issuer_der))

    @property
    def this_update(self) -> datetime:
        return self.crl.last_update_utc

    @property
    def next_update(self) -> datetime | None:
        return self.crl.next_update_utc

    @property
    def number(self) -> int | None:
        try:
            return int(self.crl.extensions.get_extension_for_class(x509.CRLNumber).value
                       .crl_number)
        except x509.ExtensionNotFound:
            return None

    def age(self, now: datetime) -> timedelta:
        return now - self.this_update

    def overdue(self, now: datetime) -> bool:
        """Past its next-update time: a newer one should exist."""
        return self.next_update is not None and self.next_update < now

    def newer_than(self, other: CachedCrl) -> bool:
        mine, theirs = self.number, other.number
        if mine is not None and theirs is not None and mine != theirs:
            return mine > theirs
        return self.this_update > other.this_update

    def revoked_at(self, serial: int) -> datetime | None:
        entry = self.crl.get_revoked_certificate_by_serial_number(serial)
        return entry.revocation_date_utc if entry is not None else None


def parse_crl(data: bytes) -> CachedCrl:
    """A CRL from DER or PEM bytes; ValueError when it is neither."""
    der = data
    if pem.detect(data):
        _, _, der = pem.unarmor(data)
    return CachedCrl(x509.load_der_x509_crl(der), bytes(der))


def load_crl(path: Path) -> CachedCrl:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TrustError(translate(
            "trust", "The CRL file {path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc
    try:
        found = parse_crl(data)
    except ValueError as exc:
        raise TrustError(translate(
            "trust", "{path} is not a certificate revocation list (CRL, DER or PEM "
            "expected).").format(path=path)) from exc
    return CachedCrl(found.crl, found.der, path)


def newest_per_issuer(crls: Iterable[CachedCrl]) -> dict[str, CachedCrl]:
    newest: dict[str, CachedCrl] = {}
    for crl in crls:
        known = newest.get(crl.issuer_key)
        if known is None or crl.newer_than(known):
            newest[crl.issuer_key] = crl
    return newest


class CrlCache:
    """The profile's CRLs: one file per issuer, replaced only by a newer list.

    Files put in the folder by hand (any name ending .crl, .pem or .der) count too, so an IT
    person can drop the CRL downloaded from pki.gov.kz there."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def of(cls, data_dir: Path) -> CrlCache:
        return cls(data_dir / CRL_FOLDER)

    def all(self) -> list[CachedCrl]:
        found = []
        for path in sorted(self.folder.iterdir()) if self.folder.is_dir() else []:
            if path.suffix.lower() not in CRL_SUFFIXES or not path.is_file():
                continue
            try:
                found.append(load_crl(path))
            except TrustError as exc:
                log.warning("skipping %s: %s", path, exc)
        return found

    def newest(self) -> dict[str, CachedCrl]:
        """The newest CRL of each issuer, by issuer key."""
        return newest_per_issuer(self.all())

    def newest_overall(self) -> CachedCrl | None:
        """The most recently issued of all: what `doctor` reports the age of."""
        crls = list(self.newest().values())
        return max(crls, key=lambda c: c.this_update) if crls else None

    def add(self, data: bytes, issuers: Sequence[x509.Certificate] = ()) -> CachedCrl | None:
        """Keep a CRL if it is newer than the one cached for its issuer; the kept one, or
        None when the cache already had it or a newer one. With `issuers`, a CRL that none
        of them signed (whose issuer is among them) is refused with TrustError."""
        try:
            crl = parse_crl(data)
        except ValueError as exc:
            raise TrustError(translate(
                "trust", "What was received is not a certificate revocation list "
                "(CRL).")) from exc
        signers = [c for c in issuers if subject_der(c) == crl.issuer_der]
        if signers and not any(signed_by(crl.crl, c) for c in signers):
            raise TrustError(translate(
                "trust", "The CRL of {issuer} is not signed by its issuer: it was not "
                "kept.").format(issuer=crl.issuer))
        known = self.newest().get(crl.issuer_key)
        if known is not None and not crl.newer_than(known):
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.folder / f"{crl.issuer_key}.crl"
        part = final.with_name(final.name + ".part")
        with part.open("wb") as out:
            out.write(crl.der)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, final)
        return CachedCrl(crl.crl, crl.der, final)


# --- the trust store -----------------------------------------------------------------------


@dataclass
class TrustStore:
    """Roots, intermediates and CRLs for one check. `nca_roots` is false when no NCA RK
    root is installed (shipped or added by IT): then only test roots can be trusted."""

    roots: list[x509.Certificate] = field(default_factory=list)
    intermediates: list[x509.Certificate] = field(default_factory=list)
    crls: list[CachedCrl] = field(default_factory=list)
    nca_roots: bool = False
    sandbox: bool = False

    def add_certificates(self, certs: Iterable[x509.Certificate]) -> None:
        known = {_fingerprint(c) for c in (*self.roots, *self.intermediates)}
        for cert in certs:
            if _fingerprint(cert) in known:
                continue
            known.add(_fingerprint(cert))
            (self.roots if is_self_signed(cert) else self.intermediates).append(cert)

    def add_crls(self, crls: Iterable[CachedCrl]) -> None:
        self.crls = list(newest_per_issuer([*self.crls, *crls]).values())

    def crl_for(self, issuer: x509.Certificate) -> CachedCrl | None:
        """The newest CRL that `issuer` signed, if one is known."""
        candidates = [c for c in self.crls
                      if c.issuer_der == subject_der(issuer)
                      and signed_by(c.crl, issuer)]
        newest = newest_per_issuer(candidates)
        return next(iter(newest.values()), None)

    def untrusted_hint(self) -> str:
        """What to tell a person whose signature did not reach a trusted root."""
        if not self.roots:
            return translate(
                "trust", "No NCA RK root certificates are installed, so no signature can be "
                "trusted. Ask IT to add them (resources/trust/README.md says how).")
        if not self.nca_roots:
            return translate(
                "trust", "No NCA RK root certificates are installed, only test roots: ask "
                "IT to add them (resources/trust/README.md says how).")
        return ""


def _fingerprint(cert: x509.Certificate) -> bytes:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).digest()


def load(data_dir: Path | None, *, sandbox: bool = False,
         extra_certificates: Sequence[Path] = (), extra_crls: Sequence[Path] = ()) -> TrustStore:
    """The trust store for one check: shipped and IT-added NCA roots, the sandbox's root
    when `sandbox`, the extra files; the profile's cached CRLs plus the extra ones.

    Extra files that cannot be read raise TrustError; broken files in the folders are
    skipped with a warning in the log."""
    store = TrustStore(sandbox=sandbox)
    store.add_certificates(_folder_certificates(shipped_folder()))
    if data_dir is not None:
        store.add_certificates(_folder_certificates(data_dir / TRUST_FOLDER))
    store.nca_roots = bool(store.roots)
    if sandbox and data_dir is not None:
        store.add_certificates(_folder_certificates(data_dir / SANDBOX_FOLDER))
    for path in extra_certificates:
        store.add_certificates(load_certificates(path))
    if data_dir is not None:
        store.add_crls(CrlCache.of(data_dir).all())
    store.add_crls(load_crl(path) for path in extra_crls)
    return store


# --- fetching, only when asked -------------------------------------------------------------


def distribution_points(certs: Iterable[x509.Certificate]) -> list[str]:
    """The http(s) CRL distribution points the certificates name, in order, once each."""
    urls: list[str] = []
    for cert in certs:
        try:
            points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
        except x509.ExtensionNotFound:
            continue
        for point in points:
            for name in point.full_name or []:
                if isinstance(name, x509.UniformResourceIdentifier):
                    # NCA's root writes two URLs into one name, separated by a line break.
                    for url in str(name.value).split():
                        url = url.removeprefix("URL=")
                        if url.startswith(("http://", "https://")) and url not in urls:
                            urls.append(url)
    return urls


@dataclass(frozen=True)
class Refreshed:
    """What one fetch brought: a newer CRL kept, nothing new, or why it failed."""

    url: str
    kept: CachedCrl | None = None
    error: str | None = None


def refresh_crls(data_dir: Path, urls: Sequence[str],
                 issuers: Sequence[x509.Certificate] = ()) -> list[Refreshed]:
    """Fetch each CRL URL and keep what is newer than the cache; never raises for one URL
    that fails (the others still count)."""
    import httpx

    cache = CrlCache.of(data_dir)
    results = []
    with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True) as http:
        for url in urls:
            try:
                response = http.get(url)
                response.raise_for_status()
                results.append(Refreshed(url, kept=cache.add(response.content, issuers)))
            except (httpx.HTTPError, TrustError) as exc:
                results.append(Refreshed(url, error=str(exc) or type(exc).__name__))
    return results


def refresh_sandbox(data_dir: Path, portal_url: str) -> list[Refreshed]:
    """Sandbox mode: fetch the sandbox's test root (kept in the profile) and its CRL."""
    import httpx

    base = portal_url.rstrip("/")
    try:
        response = httpx.get(f"{base}/sandbox/pki/roots", timeout=FETCH_TIMEOUT)
        response.raise_for_status()
        certs = parse_certificates(response.content)
    except (httpx.HTTPError, ValueError) as exc:
        return [Refreshed(f"{base}/sandbox/pki/roots", error=str(exc) or type(exc).__name__)]
    folder = data_dir / SANDBOX_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / "roots.pem"
    part = final.with_name(final.name + ".part")
    part.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs))
    os.replace(part, final)
    return refresh_crls(data_dir, [f"{base}/sandbox/pki/crl"], certs)


def crl_age_text(crl: CachedCrl | None, now: datetime | None = None) -> str:
    """How old the newest CRL is, for a person."""
    if crl is None:
        return translate("trust", "no CRL cached")
    moment = now or datetime.now(UTC)
    days = max(crl.age(moment).days, 0)
    text = translate("trust", "CRL of {issuer} issued {date} ({age} ago)").format(
        issuer=crl.issuer, date=format_date(crl.this_update.astimezone(PORTAL_TZ)),
        age=counts.days(days))
    if crl.overdue(moment) and crl.next_update is not None:
        text += translate("trust", ", overdue since {date}").format(
            date=format_date(crl.next_update.astimezone(PORTAL_TZ)))
    return text


def refresh(data_dir: Path, *, sandbox_portal: str | None = None,
            certificates: Sequence[x509.Certificate] = ()) -> list[Refreshed]:
    """The one "refresh the revocation lists" a screen offers: in sandbox mode the
    sandbox's root and CRL; otherwise the CRLs that the installed NCA certificates and
    `certificates` (a signer's, a key's) name as their distribution points."""
    if sandbox_portal:
        return refresh_sandbox(data_dir, sandbox_portal)
    store = load(data_dir)
    known = [*store.roots, *store.intermediates, *certificates]
    return refresh_crls(data_dir, distribution_points(known), known)
