"""How fast the sandbox makes its demo documents (the scans parents upload), and how large
they come out, per format: reported, not judged (it has no target), with CPU time beside
wall time because only the former means much on a shared machine.

    python -m bench.sandbox_scans
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable

from portal_sandbox.scans import BIRTH_DATE_FIELD, SCAN_KINDS, scan_jpeg, scan_pdf, scan_png

FIELDS = {
    "Фамилия, имя, отчество": "Нұрланова Құралай Ғалымқызы",
    "ИИН": "210302600014",
    BIRTH_DATE_FIELD: "02.03.2021",
    "Адрес": "г. Уральск, улица Халела Досмухамедулы, д. 150/3, кв. 148",
}
ROUNDS = 3


def main() -> int:
    makers: dict[str, Callable[..., bytes]] = {"pdf": scan_pdf, "jpeg": scan_jpeg,
                                                "png": scan_png}
    for make in makers.values():
        make("form_027u", FIELDS, random.Random(0))  # load fonts outside the timing
    count = len(SCAN_KINDS) * ROUNDS
    print(f"scan generation, {count} documents per format:")
    for label, make in makers.items():
        wall, cpu, sizes = [], [], []
        for i, kind in enumerate(SCAN_KINDS * ROUNDS):
            start_wall, start_cpu = time.perf_counter(), time.process_time()
            data = make(kind, FIELDS, random.Random(i))
            wall.append(time.perf_counter() - start_wall)
            cpu.append(time.process_time() - start_cpu)
            sizes.append(len(data))
        print(f"  {label:>4}: wall mean {statistics.mean(wall) * 1000:5.1f} ms "
              f"(max {max(wall) * 1000:5.1f}), cpu mean {statistics.mean(cpu) * 1000:5.1f} ms, "
              f"size {min(sizes) // 1024}-{max(sizes) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
