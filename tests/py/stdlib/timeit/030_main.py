# timeit's command line (timeit.main): the shape of its output lines,
# checked with regular expressions; no timing values are printed.
import contextlib
import io
import re
import timeit

def run(args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = timeit.main(args)
    return status, out.getvalue().splitlines()

LINE = re.compile(r"^(\d+) loops?, best of (\d+): \d+(\.\d+)?(e-?\d+)? (nsec|usec|msec|sec) per loop$")
fake = lambda t: iter(range(0, 10 ** 12, 10 ** 9)).__next__

for args in [["-n", "10", "-r", "3", "x = 1"], ["-n", "1", "-r", "1", "pass"],
             ["-s", "import math", "-s", "y = 2", "-n", "5", "math.sqrt(y)"],
             ["--number=2", "--repeat=2", "-u", "msec", "pass"],
             ["-n", "3", "-p", "pass"], ["-n", "4", "x = 1", "y = x"]]:
    status, lines = run(args)
    m = LINE.match(lines[-1])
    print(status, len(lines), m is not None and m.group(1, 2, 5 if "-u" in args else 2))

status, lines = run(["-r", "2", "pass"] )
print(status, LINE.match(lines[-1]) is not None)
status, lines = run(["-v", "-n", "3", "-r", "2", "pass"])
print(status, lines[0].startswith("raw times: "), lines[0].count(","), lines[1])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    timeit.main(["-v", "-r", "1", "pass"], _wrap_timer=fake)
print(out.getvalue().splitlines())
print(run(["-x"]))
print(run(["-u", "bad", "pass"]))
print(run(["-n", "2", "1/0"])[0])
print(run(["-h"])[1][0] != "")
