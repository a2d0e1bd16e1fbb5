# Formatter styles '%', '{', '$', defaults= and validation.
import logging


def record(msg="hello", *args, **extra):
    r = logging.LogRecord("fmt.test", logging.INFO, "/p/mod.py", 7, msg, args, None, func="fn")
    r.__dict__.update(extra)
    return r


for fmt, style in [("%(levelname)s|%(name)s|%(message)s", "%"),
                   ("%(levelname)-8s|%(lineno)04d|%(funcName)s", "%"),
                   ("{levelname}|{name}|{message}", "{"),
                   ("{levelname:>8}|{lineno:03d}|{module!r}", "{"),
                   ("${levelname}|$name|${message}", "$"),
                   (None, "%"), (None, "{"), (None, "$")]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), f.format(record("msg %s", 1)), f.usesTime())

f = logging.Formatter("%(message)s %(custom)s", defaults={"custom": "dflt"})
print(f.format(record()), f.format(record(custom="given")))
f = logging.Formatter("{message} {custom}", style="{", defaults={"custom": "d"})
print(f.format(record()))
f = logging.Formatter("$message $custom", style="$", defaults={"custom": "d"})
print(f.format(record()))
try:
    logging.Formatter("%(message)s %(missing)s").format(record())
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("{missing}", style="{").format(record())
except ValueError as e:
    print(type(e).__name__, e)
for fmt, style in [("no fields", "%"), ("%(x)z", "%"), ("{}", "{"), ("{x!z}", "{"),
                   ("{x:zz}", "{"), ("{0x}", "{"), ("plain", "{"), ("$", "$"),
                   ("a $ b", "$"), ("nothing", "$"), ("x", "#")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print(type(e).__name__, e)
print(logging.Formatter("no fields", validate=False).format(record()))
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(), logging.Formatter("${asctime}", style="$").usesTime())
print(logging.BASIC_FORMAT, sorted(logging._STYLES))
