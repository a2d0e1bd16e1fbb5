# basicConfig: keyword arguments, errors, force=.
import io
import logging
import sys

root = logging.getLogger()
for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(handlers=[logging.NullHandler()], filename="x.log"),
               dict(style="?"),
               dict(stream=sys.stdout, bogus=1, other=2),
               dict(stream=sys.stdout, format="no fields"),
               dict(stream=sys.stdout, style="{", format="%(message)s")]:
    try:
        logging.basicConfig(**kwargs)
        print("ok", len(root.handlers))
    except ValueError as e:
        print(type(e).__name__, e)
    for h in root.handlers[:]:
        root.removeHandler(h)

a = io.StringIO()
logging.basicConfig(stream=a, level="INFO", format="{levelname}/{message}", style="{")
logging.info("first config")
b = io.StringIO()
logging.basicConfig(stream=b, format="second %(message)s")
logging.info("still the first")
logging.basicConfig(stream=b, format="forced %(message)s", force=True, level=logging.DEBUG)
logging.debug("after force")
print(repr(a.getvalue()), repr(b.getvalue()))
print(root.level, len(root.handlers))

pre = logging.StreamHandler(sys.stdout)
pre.setFormatter(logging.Formatter("pre: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[pre, plain], force=True, format="$levelname $message", style="$",
                    datefmt="%Y")
logging.warning("to both")
print(plain.formatter.datefmt, plain.formatter._fmt, pre.formatter._fmt)
logging.basicConfig(force=True, handlers=[])
print(root.handlers)
logging.warning("handlers=[] installs nothing, so this goes to a new default handler")
print(type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stderr)
