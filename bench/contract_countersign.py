"""Countersigning against its targets:

- Countersigning one contract <= 300 ms: everything the desk does (check the parent's
  signature against the sent PDF, its chain and CRL, check the key, draw the stamp, sign an
  incremental revision), against a bare pyHanko sign of the same file with the same opened
  key, measured in the same run (the ratio is what carries from machine to machine).
- A batch of 50 reports progress after each contract and stops within one contract of a
  cancel.

Run: `python -m bench.contract_countersign`. In process, with a test PKI laid out like
NCA RK's; no portal is involved.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import tempfile
import time
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from bench.common import p50, p95, timed, verdict
from desktop.services import countersigning, eds, trust
from portal_sandbox.pdfsign import DIRECTOR_FIELD, PARENT_FIELD, contract_fields_pdf, sign_pdf
from portal_sandbox.pki import Subject, TestCA

PW = "Qwerty12"
BIN = "150640000123"
PARENT_IIN = "920517400123"


def bare_sign(pdf: bytes, signer: signers.Signer) -> bytes:
    """pyHanko signing the field, nothing checked, default appearance."""
    meta = signers.PdfSignatureMetadata(field_name=DIRECTOR_FIELD, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = asyncio.run(signers.PdfSigner(meta, signer).async_sign_pdf(
        IncrementalPdfFileWriter(BytesIO(pdf)), existing_fields_only=True))
    return bytes(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    now = datetime.now(UTC)
    ca = TestCA.create(now - timedelta(days=100))
    parent = ca.issue(Subject(iin=PARENT_IIN, last_name="Сейткали", first_name="Әйгерім",
                              patronymic="Нұрланқызы"), role="individual", usage="sign",
                      password=PW, now=now - timedelta(days=10))
    director = ca.issue(Subject(iin="800120400123", last_name="Жұмабаев", first_name="Ғалым",
                                bin=BIN, organisation="«Балапан» бөбекжай-бақшасы"),
                        role="first_head", usage="sign", password=PW,
                        now=now - timedelta(days=10))
    store = trust.TrustStore()
    store.add_certificates([ca.root_cert, ca.nca_cert])
    store.add_crls([trust.parse_crl(ca.crl([], now - timedelta(hours=1),
                                           now + timedelta(days=1)))])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / director.filename
        path.write_bytes(director.p12)
        key = eds.load_key(path, PW)
    sent = contract_fields_pdf([f"ДОГОВОР № {n} / ШАРТ" for n in range(1, 30)])
    signed = sign_pdf(sent, parent.p12, PW, PARENT_FIELD)

    def ours() -> None:
        countersigning.countersign(signed, key, BIN, store, sent_pdf=sent,
                                   applicant_iin=PARENT_IIN)

    # The same key, opened once, both ways: pyHanko's own SimpleSigner (which parses the
    # key again for every signature) and the desk's signer of the already open key.
    stock = signers.SimpleSigner.load_pkcs12_data(director.p12, [], passphrase=PW.encode())
    fast = eds.simple_signer(key)
    # Interleaved rounds, so machine noise weighs on all alike.
    runs: dict[str, list[float]] = {"stock": [], "fast": [], "ours": []}
    for _ in range(args.repeat):
        runs["stock"] += timed(lambda: bare_sign(signed, stock), 1, warmup=1)
        runs["fast"] += timed(lambda: bare_sign(signed, fast), 1, warmup=1)
        runs["ours"] += timed(ours, 1, warmup=1)
    stock_p50, fast_p50, mine = (p50(runs[k]) for k in ("stock", "fast", "ours"))
    our_runs = runs["ours"]
    print(f"Countersigning one contract ({len(signed) // 1024} KB, {args.repeat} runs):")
    for name, label in (("stock", "bare pyHanko sign, its SimpleSigner"),
                        ("fast", "bare pyHanko sign, the desk's signer")):
        print(f"  {label}: p50 {p50(runs[name]) * 1000:.0f} ms, "
              f"p95 {p95(runs[name]) * 1000:.0f} ms")
    print(f"  countersign (checks + stamp + sign): p50 {mine * 1000:.0f} ms, "
          f"p95 {p95(our_runs) * 1000:.0f} ms")
    print(f"  ratio: {mine / stock_p50:.2f}x the bare pyHanko sign, "
          f"{mine / fast_p50:.2f}x the bare sign with the desk's signer")
    ok = verdict("countersign p50", mine * 1000, 300, " ms")
    ok &= verdict("countersign p95", p95(our_runs) * 1000, 300, " ms")

    jobs = [countersigning.CountersignJob(str(n), signed, sent, PARENT_IIN)
            for n in range(args.batch)]
    reports: list[tuple[int, int, float]] = []
    started = time.perf_counter()
    results = countersigning.countersign_batch(
        jobs, key, BIN, store,
        progress=lambda done, total: reports.append((done, total, time.perf_counter())))
    total = time.perf_counter() - started
    gaps = [b[2] - a[2] for a, b in itertools.pairwise(reports)]
    print(f"A batch of {args.batch}: {total:.2f} s, {total / args.batch * 1000:.0f} ms each; "
          f"{len(reports)} progress reports, longest gap {max(gaps) * 1000:.0f} ms")
    ok &= verdict("contracts signed", args.batch - sum(r.result is not None for r in results), 0)
    ok &= verdict("progress reports missing", args.batch - len(reports), 0)
    stop_after = 10
    cancel_at: list[float] = []

    def cancelled() -> bool:
        done = len(partial_reports)
        if done >= stop_after and not cancel_at:
            cancel_at.append(time.perf_counter())
        return done >= stop_after

    partial_reports: list[int] = []
    partial = countersigning.countersign_batch(
        jobs, key, BIN, store, cancelled=cancelled,
        progress=lambda done, _: partial_reports.append(done))
    stopped = time.perf_counter()
    print(f"Cancelled after {stop_after}: {len(partial)} signed, stopped "
          f"{(stopped - cancel_at[0]) * 1000:.0f} ms after the cancel")
    ok &= verdict("contracts signed after the cancel", len(partial) - stop_after, 0)
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
