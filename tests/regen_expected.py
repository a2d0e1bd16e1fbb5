#!/usr/bin/env python3
"""Regenerate the expected output of the differential test corpus.

Runs every ``tests/py/**/NNN_name.py`` program under CPython (the
interpreter running this script, which must be 3.11) with the working
directory set to the program's folder and ``sys.argv == ["NNN_name.py"]``,
and writes beside it:

* ``NNN_name.out`` -- the exact stdout (always written, possibly empty);
* ``NNN_name.err`` -- only when the exit status is non-zero: a first line
  ``# exit N`` followed by CPython's full stderr (with the program's folder
  stripped from file paths, so the files do not depend on where the checkout
  lives). A stale ``.err`` from an earlier run is removed when the program
  now exits 0.

Expected-output files whose program no longer exists are removed too (on a
full run).

Usage:
    python3 tests/regen_expected.py            # regenerate everything
    python3 tests/regen_expected.py str/ dict  # only paths containing a substring
    python3 tests/regen_expected.py --check    # compare, write nothing; exit 1 on drift

Programs are run with ``-B -E -X utf8`` so that no ``__pycache__`` is written,
PYTHON* environment variables are ignored and stdio is UTF-8.
"""

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "py")
PROGRAM_RE = re.compile(r"^\d{3}_.*\.py$")
TIMEOUT = 60


def find_programs():
    found = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if PROGRAM_RE.match(name):
                found.append(os.path.join(dirpath, name))
    return found


def run(path):
    folder, name = os.path.split(path)
    proc = subprocess.run(
        [sys.executable, "-B", "-E", "-X", "utf8", name],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    # CPython shows the script by absolute path in tracebacks; strip the
    # folder so the recorded stderr does not depend on the checkout location.
    err = proc.stderr
    for prefix in {folder, os.path.realpath(folder)}:
        err = err.replace(os.fsencode(prefix + os.sep), b"")
    return proc.returncode, proc.stdout, err


def expected_files(path, code, out, err):
    base = path[:-3]
    files = {base + ".out": out}
    if code != 0:
        files[base + ".err"] = b"# exit %d\n" % code + err
    return files


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def remove_orphans(check):
    """Drop .out/.err files whose program no longer exists."""
    count = 0
    for dirpath, dirnames, filenames in os.walk(ROOT):
        for name in filenames:
            stem, ext = os.path.splitext(name)
            if ext in (".out", ".err") and PROGRAM_RE.match(stem + ".py") \
                    and not os.path.exists(os.path.join(dirpath, stem + ".py")):
                path = os.path.join(dirpath, name)
                count += 1
                if check:
                    print("DRIFT: orphan %s" % os.path.relpath(path, ROOT))
                else:
                    os.remove(path)
    return count if check else 0


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    if sys.version_info[:2] != (3, 11):
        print("warning: expected CPython 3.11, running %s" % sys.version.split()[0],
              file=sys.stderr)
    programs = find_programs()
    if filters:
        programs = [p for p in programs
                    if any(f in os.path.relpath(p, ROOT) for f in filters)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(run, programs))

    drift = 0
    nonzero = 0
    for path, (code, out, err) in zip(programs, results):
        rel = os.path.relpath(path, ROOT)
        files = expected_files(path, code, out, err)
        err_path = path[:-3] + ".err"
        if code != 0:
            nonzero += 1
        elif err:
            print("note: %s exited 0 but wrote to stderr: %r" % (rel, err[:200]))
        if check:
            for fpath, data in files.items():
                if read(fpath) != data:
                    drift += 1
                    print("DRIFT: %s" % os.path.relpath(fpath, ROOT))
            if err_path not in files and read(err_path) is not None:
                drift += 1
                print("DRIFT: stale %s" % os.path.relpath(err_path, ROOT))
        else:
            for fpath, data in files.items():
                if read(fpath) != data:
                    with open(fpath, "wb") as f:
                        f.write(data)
            if err_path not in files and os.path.exists(err_path):
                os.remove(err_path)
    if not filters:
        drift += remove_orphans(check)
    print("%d programs, %d with non-zero exit%s" % (
        len(programs), nonzero, ", %d drifted" % drift if check else ""))
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
