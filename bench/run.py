#!/usr/bin/env python3
"""Run the Kaa benchmark suite and compare against CPython.

Usage:
    cargo build --release
    python3 bench/run.py                      # all benchmarks, 3 reps each
    python3 bench/run.py fib_recursive loops  # only these
    python3 bench/run.py --reps 5 --markdown  # Markdown table for docs/performance.md
    python3 bench/run.py --kaa $(which python3)   # self-check of the harness

For every benchmark the program is run `--reps` times under Kaa and under the
reference interpreter (python3); the best (minimum) wall-clock time of each is
kept. Kaa's stdout must be byte-identical to python3's, otherwise the result
is reported as MISMATCH (or FAIL / TIMEOUT) and excluded from the geometric
mean. ratio = kaa / python3, so a ratio below 1.0 means Kaa is faster.

Peak memory: each run goes through GNU time (`/usr/bin/time -f %M`), which
reports the peak resident set size of exactly that process. (The harness's
own `resource.getrusage(RUSAGE_CHILDREN)` cannot: its ru_maxrss is a maximum
over all children, not a sum, and Linux charges a child with the parent's
resident memory at the moment it forks, so a small child would be reported
at the harness's size.) The largest peak over the repetitions is shown, and
rss ratio = kaa peak / python3 peak. Without /usr/bin/time the memory
columns are empty.

Exit status: 0 if every selected benchmark ran and matched, 1 if any did not,
2 on usage errors (unknown benchmark, missing binary).
"""

import argparse
import datetime
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_KAA = os.path.join(REPO_ROOT, "target", "release", "kaa")
GNU_TIME = "/usr/bin/time"


def gnu_time_works():
    """True if /usr/bin/time is GNU time (it understands -f and -o)."""
    if not os.access(GNU_TIME, os.X_OK):
        return False
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as f:
        try:
            res = subprocess.run([GNU_TIME, "-o", f.name, "-f", "%M", "true"],
                                 stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return False
        return res.returncode == 0 and read_rss(f.name) is not None


def read_rss(path):
    """The peak RSS in KiB that GNU time wrote to `path` (its last line; a
    line before it may say the command failed), or None."""
    try:
        with open(path) as f:
            lines = f.read().split()
    except OSError:
        return None
    if lines and lines[-1].isdigit():
        return int(lines[-1])
    return None


class RunResult:
    """Outcome of running one benchmark under one interpreter."""

    def __init__(self, status, best=None, stdout=b"", detail="", rss=None):
        self.status = status      # "OK", "FAIL", "TIMEOUT"
        self.best = best          # best wall time in seconds (OK only)
        self.stdout = stdout      # stdout of the first run
        self.detail = detail      # short error description
        self.rss = rss            # largest peak RSS over the runs, KiB (or None)


def discover():
    names = []
    for fn in sorted(os.listdir(BENCH_DIR)):
        if fn.endswith(".py") and fn != os.path.basename(__file__) and not fn.startswith("_"):
            names.append(fn[:-3])
    return names


def last_line(data):
    text = data.decode("utf-8", "replace").strip()
    if not text:
        return ""
    return text.splitlines()[-1].strip()


def run_once(exe, script, timeout, rss_file=None):
    """Run `exe -S script` once. Returns (status, seconds, stdout, stderr).
    With `rss_file`, the run goes through GNU time, which writes the peak
    RSS of the process to that file."""
    cmd = [exe, "-S", script]
    if rss_file is not None:
        cmd = [GNU_TIME, "-o", rss_file, "-f", "%M"] + cmd
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=BENCH_DIR,
        start_new_session=True,   # own process group, so a timeout kills children too
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        return "TIMEOUT", time.perf_counter() - start, out, err
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        return "FAIL", elapsed, out, err
    return "OK", elapsed, out, err


class Tracker:
    """Accumulates repeated runs of one benchmark under one interpreter."""

    def __init__(self, exe, rss_file=None):
        self.exe = exe
        self.rss_file = rss_file
        self.result = None        # set once finished (failure or all reps done)
        self.best = None
        self.first_out = None
        self.rss = None

    def step(self, script, timeout):
        if self.rss_file is not None and os.path.exists(self.rss_file):
            os.unlink(self.rss_file)   # never read a previous run's number
        status, elapsed, out, err = run_once(self.exe, script, timeout, self.rss_file)
        if status == "OK" and self.rss_file is not None:
            rss = read_rss(self.rss_file)
            if rss is not None and (self.rss is None or rss > self.rss):
                self.rss = rss
        if status == "TIMEOUT":
            self.result = RunResult("TIMEOUT", detail=f"timed out after {timeout:g}s")
        elif status == "FAIL":
            msg = last_line(err) or last_line(out) or "exited with non-zero status"
            self.result = RunResult("FAIL", stdout=out, detail=msg)
        elif self.first_out is not None and out != self.first_out:
            self.result = RunResult("FAIL", stdout=out,
                                    detail="output differs between repetitions")
        else:
            if self.first_out is None:
                self.first_out = out
            if self.best is None or elapsed < self.best:
                self.best = elapsed

    def finish(self):
        if self.result is None:
            self.result = RunResult("OK", best=self.best, stdout=self.first_out, rss=self.rss)
        return self.result


def run_pair(python, kaa, script, reps, timeout, rss_file=None):
    """Run the script `reps` times under each interpreter, alternating
    python3 / kaa so that background load affects both sides alike.
    An interpreter that fails or times out is not run again."""
    trackers = [Tracker(python, rss_file), Tracker(kaa, rss_file)]
    for _ in range(reps):
        for t in trackers:
            if t.result is None:
                t.step(script, timeout)
    return trackers[0].finish(), trackers[1].finish()


def resolve_real_python(exe):
    """Follow wrappers such as pyenv shims to the actual interpreter binary,
    so that the reference timing does not include a wrapper's start-up."""
    try:
        res = subprocess.run([exe, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=30)
        real = res.stdout.strip()
        if res.returncode == 0 and real and os.path.isfile(real):
            return real
    except (OSError, subprocess.SubprocessError):
        pass
    return exe


def first_difference(expected, actual):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    act_lines = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        a = act_lines[i] if i < len(act_lines) else "<missing>"
        if e != a:
            return f"line {i + 1}: expected {e[:60]!r}, got {a[:60]!r}"
    return "outputs differ (line endings/trailing data)"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def python_version(exe):
    try:
        res = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
        return (res.stdout.strip() or res.stderr.strip()) or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def git_revision(directory):
    """The short HEAD commit of the checkout holding `directory`, or None."""
    try:
        res = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=directory,
                             capture_output=True, text=True, timeout=10)
        if res.returncode == 0:
            return res.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return None


def fmt_time(t):
    return "-" if t is None else f"{t:.3f}"


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}"


def fmt_mb(kib):
    return "-" if kib is None else f"{kib / 1024:.1f}"


def geometric_mean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Benchmark Kaa against CPython (ratio = kaa/python3; < 1.0 means Kaa is faster).")
    parser.add_argument("benchmarks", nargs="*",
                        help="benchmark names (e.g. fib_recursive or bench/loops.py); default: all")
    parser.add_argument("--kaa", default=DEFAULT_KAA,
                        help="path to the kaa binary (default: target/release/kaa)")
    parser.add_argument("--python", default=None,
                        help="reference interpreter (default: python3 on PATH)")
    parser.add_argument("--reps", type=int, default=3,
                        help="repetitions per interpreter; the best time is kept (default: 3)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="per-run timeout in seconds (default: 120)")
    parser.add_argument("--markdown", action="store_true",
                        help="print the results as a Markdown table with machine details")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--only", metavar="PREFIX", default=None,
                        help="run only the benchmarks whose name starts with PREFIX (e.g. async)")
    args = parser.parse_args(argv)

    available = discover()
    if args.list:
        print("\n".join(available))
        return 0

    if args.reps < 1:
        parser.error("--reps must be at least 1")

    # Resolve which benchmarks to run.
    selected = []
    names = args.benchmarks or available
    if args.only is not None:
        names = [n for n in names if os.path.basename(n).startswith(args.only)]
        if not names:
            print(f"error: no benchmark starts with {args.only!r}", file=sys.stderr)
            return 2
    for name in names:
        base = os.path.basename(name)
        if base.endswith(".py"):
            base = base[:-3]
        if base not in available:
            print(f"error: unknown benchmark {name!r}; available: {', '.join(available)}",
                  file=sys.stderr)
            return 2
        selected.append(base)

    # Resolve the interpreters.
    kaa = args.kaa
    if os.sep not in kaa and shutil.which(kaa):
        kaa = shutil.which(kaa)
    kaa = os.path.abspath(kaa)
    if not (os.path.isfile(kaa) and os.access(kaa, os.X_OK)):
        print(f"error: Kaa binary not found (or not executable) at {kaa}\n"
              f"       build it first with:  cargo build --release\n"
              f"       or point to another binary with --kaa PATH",
              file=sys.stderr)
        return 2

    python = args.python or shutil.which("python3") or sys.executable
    if os.sep in python:
        python = os.path.abspath(python)
    elif shutil.which(python):
        python = shutil.which(python)
    else:
        print(f"error: reference interpreter {python!r} not found", file=sys.stderr)
        return 2
    python = resolve_real_python(python)

    rss_dir = tempfile.TemporaryDirectory(prefix="kaa-bench-") if gnu_time_works() else None
    rss_file = os.path.join(rss_dir.name, "rss") if rss_dir is not None else None
    if rss_file is None:
        print(f"note: {GNU_TIME} (GNU time) not usable; peak RSS is not measured",
              file=sys.stderr)

    rows = []
    for name in selected:
        script = os.path.join(BENCH_DIR, name + ".py")
        print(f"[{name}] ...", end="", file=sys.stderr, flush=True)
        py, kr = run_pair(python, kaa, script, args.reps, args.timeout, rss_file)
        ratio = None
        if py.status != "OK":
            status = "PYFAIL"
            note = f"python3 {py.status}: {py.detail}"
        elif kr.status != "OK":
            status = kr.status
            note = kr.detail
        elif kr.stdout != py.stdout:
            status = "MISMATCH"
            note = first_difference(py.stdout, kr.stdout)
        else:
            status = "OK"
            note = ""
            ratio = kr.best / py.best if py.best > 0 else None
        py_rss = py.rss if py.status == "OK" else None
        kaa_rss = kr.rss if kr.status == "OK" else None
        rss_ratio = None
        if status == "OK" and py_rss and kaa_rss is not None:
            rss_ratio = kaa_rss / py_rss
        print(f" python3 {fmt_time(py.best) if py.status == 'OK' else py.status},"
              f" kaa {fmt_time(kr.best) if kr.status == 'OK' else kr.status} -> {status}",
              file=sys.stderr, flush=True)
        rows.append({
            "name": name,
            "py": py.best if py.status == "OK" else None,
            "kaa": kr.best if kr.status == "OK" else None,
            "ratio": ratio,
            "py_rss": py_rss,
            "kaa_rss": kaa_rss,
            "rss_ratio": rss_ratio,
            "status": status,
            "note": note,
        })
    if rss_dir is not None:
        rss_dir.cleanup()

    ratios = [r["ratio"] for r in rows if r["ratio"] is not None and r["ratio"] > 0]
    geomean = geometric_mean(ratios)
    rss_geomean = geometric_mean([r["rss_ratio"] for r in rows])
    n_ok = len(ratios)
    n_bad = len(rows) - n_ok

    if args.markdown:
        print_markdown(rows, geomean, rss_geomean, n_ok, python, kaa, args)
    else:
        print_text(rows, geomean, rss_geomean, n_ok)

    return 0 if n_bad == 0 else 1


def print_text(rows, geomean, rss_geomean, n_ok):
    w = max([len("benchmark")] + [len(r["name"]) for r in rows])
    header = (f"{'benchmark':<{w}}  {'python3 s':>10}  {'kaa s':>10}  {'kaa/py':>7}  "
              f"{'py MB':>7}  {'kaa MB':>7}  {'rss k/p':>7}  status")
    print(header)
    print("-" * len(header))
    for r in rows:
        line = (f"{r['name']:<{w}}  {fmt_time(r['py']):>10}  {fmt_time(r['kaa']):>10}  "
                f"{fmt_ratio(r['ratio']):>7}  {fmt_mb(r['py_rss']):>7}  "
                f"{fmt_mb(r['kaa_rss']):>7}  {fmt_ratio(r['rss_ratio']):>7}  {r['status']}")
        if r["note"]:
            line += f"  ({r['note']})"
        print(line)
    print("-" * len(header))
    gm = fmt_ratio(geomean) if geomean is not None else "n/a"
    print(f"geometric mean of kaa/python3 ratios: {gm}  "
          f"(over {n_ok} of {len(rows)} benchmarks; < 1.0 means Kaa is faster)")
    gm = fmt_ratio(rss_geomean) if rss_geomean is not None else "n/a"
    print(f"geometric mean of kaa/python3 peak RSS ratios: {gm}  "
          f"(< 1.0 means Kaa uses less memory)")


def md_escape(text):
    return text.replace("|", "\\|")


def print_markdown(rows, geomean, rss_geomean, n_ok, python, kaa, args):
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    # The binary may come from another checkout than this script (for
    # example --kaa /work/main/target/release/kaa), and it may be older than
    # that checkout's HEAD: say both what HEAD is and when it was built.
    rev = git_revision(os.path.dirname(kaa))
    built = datetime.datetime.fromtimestamp(os.path.getmtime(kaa)).astimezone()
    built = built.strftime("%Y-%m-%d %H:%M %Z")
    print(f"Date: {now}  ")
    print(f"Reference: {python_version(python)} (`{python}`)  ")
    print(f"Kaa: `{kaa}`, built {built}" + (f"; its checkout is at git {rev}" if rev else "")
          + "  ")
    print(f"CPU: {cpu_model()}, {os.cpu_count()} cores  ")
    print(f"OS: {platform.system()} {platform.release()}  ")
    print(f"Method: best of {args.reps} runs per interpreter, wall-clock time including "
          f"process start-up; timeout {args.timeout:g} s per run; peak RSS "
          f"(`/usr/bin/time -f %M`, largest over the runs) in MiB.")
    print()
    print("| benchmark | python3 (s) | kaa (s) | kaa / python3 | python3 RSS | kaa RSS "
          "| RSS kaa / python3 | status |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        status = r["status"]
        if r["note"]:
            status += f": {md_escape(r['note'])}"
        print(f"| {r['name']} | {fmt_time(r['py'])} | {fmt_time(r['kaa'])} | "
              f"{fmt_ratio(r['ratio'])} | {fmt_mb(r['py_rss'])} | {fmt_mb(r['kaa_rss'])} | "
              f"{fmt_ratio(r['rss_ratio'])} | {status} |")
    gm = fmt_ratio(geomean) if geomean is not None else "n/a"
    rgm = fmt_ratio(rss_geomean) if rss_geomean is not None else "n/a"
    print(f"| **geometric mean** | | | **{gm}** | | | **{rgm}** | {n_ok}/{len(rows)} OK |")
    print()
    print("Ratio = Kaa time / CPython time: below 1.0 means Kaa is faster, above 1.0 slower. "
          "RSS ratio = Kaa's peak resident memory / CPython's: below 1.0 means Kaa uses less. "
          "Benchmarks that fail, time out or print different output are excluded from the means.")


if __name__ == "__main__":
    sys.exit(main())
