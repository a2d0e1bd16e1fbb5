#!/usr/bin/env python3
"""Write link/kaa.order, the symbol ordering file of the `kaa` binary.

The linker (lld, `--symbol-ordering-file`, passed by build.rs) places the
functions named in it first in `.text`, in this order, so the code that
start-up and small programs run is a few hundred contiguous KB instead of
pages spread over the whole 7 MB of code: page faults on the binary map
their 64 KB neighbourhood (the kernel's fault-around), so scattered code
costs RSS and faults (docs/performance.md, "Session 10: footprint").

Usage (after `cargo build --release`; needs valgrind):
    python3 link/gen_order.py [path/to/kaa]      # default target/release/kaa
    python3 link/gen_order.py --check [path/to/kaa]
The second form writes nothing: it counts the functions an empty program
runs that the file does not name (and so are not placed with the others).

The functions are the ones callgrind sees running in the kaa binary for
the workloads below: first an empty program (`-S -c pass`), then small
programs that exercise the interpreter's common paths. Names are the
binary's own (mangled) symbols; a name that later disappears (code
changed, a ThinLTO `.llvm.NNN` suffix changed) is ignored by the linker,
so a stale file only makes the layout less good. Regenerate it when the
start-up code changes much (the footprint check in docs/performance.md
says how to see it).
"""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# A small program through the interpreter's common paths (calls, methods,
# attributes, loops, int/float/str/list/dict/tuple operations, an exception,
# printing), run from a file as bench/run.py runs its programs.
PROGRAM = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
acc = 0
for i in range(300):
    acc = (acc + i * 3 - 1) % 1000003
    if i % 2 == 0:
        acc //= 2
    while acc > 100000:
        acc -= 7
flags = [True] * 100
for f in flags:
    if f: acc += 1
d = {'a': 1, 'b': 2.5}
d['c'] = [P(1, 2).norm(), fib(12), 1.5 * 2, 'x' + str(acc)]
s = ', '.join(str(v) for v in d.values())
t = (1, 2); a, b = t
try:
    {}['missing']
except KeyError as e:
    s += repr(e)
print('fib(12) =', fib(12), len(s), f'{acc:d}', sorted(d))
"""

# Each workload adds the functions it runs after those of the ones before
# ("{program}" is a file holding PROGRAM).
WORKLOADS = [
    ["-S", "-c", "pass"],
    ["-S", "{program}"],
    ["-S", "-c", "import time; time.sleep(0.001)"],
    ["-c", "pass"],
    ["-S", "-c", "{stdlib}"],
]

# Then the commonly imported modules, each used a little.
STDLIB = """
import collections, dataclasses, enum, functools, itertools, json, math, random, re, string, struct
from fractions import Fraction
from decimal import Decimal
@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
class Colour(enum.Enum):
    RED = 1
c = collections.Counter('abracadabra'); q = collections.deque([1, 2]); q.appendleft(0)
random.seed(1)
print(Item('x', 2), Colour.RED, c.most_common(1), list(itertools.islice(itertools.count(), 3)),
      json.dumps({'a': [1, 2.5, None]}), json.loads('[1, "x"]'), re.sub(r'a(b)', r'\\1', 'xaby'),
      math.sqrt(2), random.random(), Fraction(1, 3) + 1, Decimal('1.1') * 3,
      struct.pack('<i', 5), functools.reduce(lambda a, b: a + b, range(5)), string.ascii_lowercase[:3])
"""


def text_symbols(binary):
    out = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    names = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            names.setdefault(parts[2], int(parts[0], 16))
    return names


def executed(binary, args, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out, binary, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    names = []
    with open(out, encoding="utf-8", errors="replace") as f:
        for line in f:
            # "fn=(12) name" and "cfn=(12) name" name a function the first
            # time its id appears; both mean it ran.
            if line.startswith(("fn=(", "cfn=(")):
                rest = line.split(")", 1)[1].strip()
                if rest:
                    names.append(rest)
    return names


def check(binary, path):
    symbols = text_symbols(binary)
    with open(path, encoding="utf-8") as f:
        listed = set(f.read().split())
    with tempfile.TemporaryDirectory() as tmp:
        ran = [n for n in dict.fromkeys(executed(binary, WORKLOADS[0], tmp)) if n in symbols]
    missing = [n for n in ran if n not in listed]
    for n in missing:
        print(n)
    print(f"{len(missing)} of the {len(ran)} functions of `kaa -S -c pass` are not in {path}", file=sys.stderr)


def main():
    args = sys.argv[1:]
    checking = args[:1] == ["--check"]
    if checking:
        args = args[1:]
    binary = args[0] if args else os.path.join(ROOT, "target", "release", "kaa")
    if checking:
        check(binary, os.path.join(ROOT, "link", "kaa.order"))
        return
    symbols = text_symbols(binary)
    order, seen = [], set()
    with tempfile.TemporaryDirectory() as tmp:
        program = os.path.join(tmp, "program.py")
        with open(program, "w", encoding="utf-8") as f:
            f.write(PROGRAM)
        for args in WORKLOADS:
            args = [a.replace("{program}", program).replace("{stdlib}", STDLIB) for a in args]
            new = [n for n in dict.fromkeys(executed(binary, args, tmp)) if n in symbols and n not in seen]
            # Within a workload, keep the functions in their address order
            # (the crates' own layout), which keeps callers near callees.
            new.sort(key=lambda n: symbols[n])
            seen.update(new)
            order.extend(new)
            print(f"{' '.join(args)[:40]!r}: {len(new)} functions", file=sys.stderr)
    path = os.path.join(ROOT, "link", "kaa.order")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(order) + "\n")
    print(f"wrote {path}: {len(order)} symbols", file=sys.stderr)


if __name__ == "__main__":
    main()
