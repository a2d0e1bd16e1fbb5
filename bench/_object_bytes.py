#!/usr/bin/env python3
"""The bytes each kind of object really costs, in CPython and in Kaa.

`sys.getsizeof` leaves out allocator rounding, GC bookkeeping and separate
buffers, so each figure here is measured from outside: (peak RSS of a program
keeping N objects of the kind - peak RSS of the same program keeping None) / N,
the median of three runs of each, as GNU time reports it (`/usr/bin/time -f
%M`). The objects sit in a list made beforehand, so the list's 8 bytes a slot
cancel out. Used for docs/performance.md, "Session 14: the bytes of each
object".

    python3 bench/_object_bytes.py [KAA_BINARY] [NAME_FRAGMENT ...]

(The leading underscore keeps `bench/run.py` from taking it for a benchmark.)
"""
import statistics
import subprocess
import sys
import tempfile
import os

KAA = sys.argv[1] if len(sys.argv) > 1 else "target/release/kaa"
ONLY = sys.argv[2:]
N = 200000
PRE = """
A = "abc"
K20 = ["key%02d" % j for j in range(20)]
R100 = list(range(100))
"""
# (name, expression making the i-th object, definitions it needs)
CASES = [
    ("baseline (None)", "None", ""),
    ("str, 1 ASCII char (chr)", "chr(65 + i % 50)", ""),
    ("str, 8 ASCII chars", "'%08d' % i", ""),
    ("str, 40 ASCII chars", "'%040d' % i", ""),
    ("str, 8 chars latin-1 ('é')", "'é%07d' % i", ""),
    ("str, 8 chars BMP ('ш')", "'ш%07d' % i", ""),
    ("str slice s[a:b], 5 chars", "S[i % 1000:i % 1000 + 5]", "S = '%0300000d' % 7\n"),
    ("float", "i * 0.5", ""),
    ("int < 2^30", "i + 1000", ""),
    ("int ~2^40", "i + (1 << 40)", ""),
    ("int ~2^100", "i + (1 << 100)", ""),
    ("tuple of 2", "(A, A)", ""),
    ("list, empty", "[]", ""),
    ("list of 4, appended", "mk4()",
     "def mk4():\n    l = []\n    l.append(A); l.append(A); l.append(A); l.append(A)\n    return l\n"),
    ("list of 100, appended", "mk100()",
     "def mk100():\n    l = []\n    for _ in R100:\n        l.append(A)\n    return l\n"),
    ("list(range(100))", "list(R100)", ""),
    ("[x for x in 100]", "[x for x in R100]", ""),
    ("dict, empty", "{}", ""),
    ("dict of 3 str keys", "{'a': A, 'b': A, 'c': A}", ""),
    ("dict of 20 str keys", "mkd20()",
     "def mkd20():\n    d = {}\n    for k in K20:\n        d[k] = A\n    return d\n"),
    ("set of 3", "{1, 2, 3}", ""),
    ("set of 100", "set(R100)", ""),
    ("bytes of 10", "b'%010d' % i", ""),
    ("instance, 2 attrs", "P(A, A)",
     "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n"),
    ("instance, __slots__ 2", "Q(A, A)",
     "class Q:\n    __slots__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n"),
    ("coroutine (not started)", "co()", "async def co():\n    return 1\n"),
    ("exception, not raised", "ValueError(A)", ""),
    ("exception, raised+caught", "mkexc()",
     "def mkexc():\n    try:\n        raise ValueError(A)\n    except ValueError as e:\n        return e\n"),
]
# Tasks suspended on one Future, N // 4 of them, against the same loop keeping None.
TASKS = """
import asyncio
N = %d
async def w(fut):
    await fut
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    keep = [None] * N
    for i in range(N):
        keep[i] = %s
    await asyncio.sleep(0)
    fut.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
asyncio.run(main())
"""


def program(expr, pre):
    return PRE + pre + "N = %d\nkeep = [None] * N\nfor i in range(N):\n    keep[i] = %s\n" % (N, expr)


def peak_kb(argv, src, reps=3):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
    try:
        vals = []
        for _ in range(reps):
            r = subprocess.run(["/usr/bin/time", "-f", "%M", *argv, "-S", f.name],
                               capture_output=True, text=True)
            if r.returncode != 0:
                return None
            vals.append(int(r.stderr.strip().splitlines()[-1]))
        return statistics.median(vals)
    finally:
        os.unlink(f.name)


def main():
    interps = [["python3"], [KAA]]
    cases = [(n, program(e, p), "base", N) for n, e, p in CASES]
    cases.append(("asyncio Task awaiting a Future", TASKS % (N // 4, "asyncio.ensure_future(w(fut))"), "tasks", N // 4))
    cases.append(("(tasks baseline)", TASKS % (N // 4, "None"), None, N // 4))
    peaks = {}
    for name, src, _, _ in cases:
        if ONLY and name != "baseline (None)" and not name.startswith("(") and not any(o in name for o in ONLY):
            continue
        peaks[name] = [peak_kb(argv, src) for argv in interps]
    bases = {"base": peaks["baseline (None)"], "tasks": peaks.get("(tasks baseline)")}
    print("| object | CPython 3.11 | Kaa | Kaa / CPython |")
    print("|---|---:|---:|---:|")
    for name, _, base, n in cases:
        if name not in peaks or base is None or name == "baseline (None)":
            continue
        cells = []
        for j in range(2):
            b, v = bases[base], peaks[name][j]
            cells.append(None if v is None or b is None or b[j] is None else (v - b[j]) * 1024 / n)
        show = ["error" if c is None else "%.0f" % c for c in cells]
        ratio = "%.2f" % (cells[1] / cells[0]) if None not in cells and cells[0] > 0.5 else ""
        print("| %s | %s | %s | %s |" % (name, show[0], show[1], ratio), flush=True)


main()
