# Source that cannot be decoded: run as a script, imported, compiled.
import os, subprocess, sys, tempfile

CASES = [
    ("nocookie", b'x = 1\ns = "\xe9"\nprint(s)\n'),
    ("badident", b'x\xe9 = 1\n'),
    ("comment", b'x = 1  # caf\xe9\nprint("comment ok")\n'),
    ("unknown", b'# coding: xyz\nx = 1\n'),
    ("bomlatin", b'\xef\xbb\xbf# coding: latin-1\nx = 1\n'),
    ("asciibad", b'# coding: ascii\ns = "\xe9"\n'),
    ("nul", b'x = 1\0\n'),
    ("bytesbad", b'# coding: latin-1\nx = 1\ny = b"\xe9"\n'),
]

def last(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ""

with tempfile.TemporaryDirectory() as d:
    sys.path.insert(0, d)
    for name, src in CASES:
        path = os.path.join(d, name + ".py")
        with open(path, "wb") as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        print("run", name, r.returncode, r.stdout.strip(), last(r.stderr.replace(d, "TMP")))
        try:
            __import__(name)
            print("import", name, "ok")
        except SyntaxError as e:
            print("import", name, type(e).__name__, e.msg, e.lineno, e.offset)
        try:
            compile(src, "src.py", "exec")
            print("compile", name, "ok")
        except SyntaxError as e:
            print("compile", name, type(e).__name__, e.args)
