import io
import sys
import warnings

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  x = 1  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3), end="")
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "f.py", 7, file=buf, line="code()")
print(repr(buf.getvalue()))
seen = []


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno, file, line))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("custom")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
print(seen)
print(warnings.showwarning is warnings._showwarning_orig)
old_stderr = sys.stderr
sys.stderr = io.StringIO()
try:
    warnings.warn_explicit("to stderr", UserWarning, "a.py", 5, module="amod")
    warnings.warn_explicit("to stderr", UserWarning, "a.py", 5, module="amod")
    out = sys.stderr.getvalue()
finally:
    sys.stderr = old_stderr
print(repr(out))


def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} @{lineno}\n"


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = my_format
    buf = io.StringIO()
    warnings.showwarning("fmt", UserWarning, "x.py", 1, file=buf)
    print(repr(buf.getvalue()))
