"""Run a program under `python -m pdb` (or directly) with commands on stdin,
printing its output with the temporary folder's path and the debugger's own
frames (bdb's `run`, whose file differs between implementations) made
uniform."""
import os, re, subprocess, sys, tempfile

def run(source, commands, args=(), direct=False, env=None, files=()):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "target.py")
        with open(path, "w") as f:
            f.write(source)
        for name, text in files:
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
        cmd = [sys.executable, path] if direct else [sys.executable, "-m", "pdb", *args, path]
        r = subprocess.run(cmd, input=commands, capture_output=True, text=True, cwd=d,
                           env={**os.environ, **(env or {})})
        out = r.stdout.replace(os.path.realpath(d), "TMP").replace(d, "TMP")
        out = re.sub(r"(\S*bdb\.py|<frozen bdb>)\(\d+\)run\(\)\n(-> exec\(cmd, globals, locals\)\n)?",
                     "BDB run()\n", out)
        err = r.stderr.replace(os.path.realpath(d), "TMP").replace(d, "TMP")
        print(out, end="")
        print("-- exit", r.returncode)
        if err:
            print("-- stderr last line:", err.strip().splitlines()[-1])
