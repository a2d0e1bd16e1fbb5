"""Captures what doctest prints, with the script's directory and
doctest's own frame (its file and line differ between implementations)
taken out."""
import contextlib
import io
import re


def norm(text):
    # (the frame's source line is absent where doctest is frozen)
    text = re.sub(r'      File "[^"]*", line \d+, in __run\n'
                  r'(?:        [^\n]*\n)?', '', text)
    return re.sub(r'File "[^"]*/', 'File "', text)


def capture(fn, *args, **kwargs):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = fn(*args, **kwargs)
    print(norm(buf.getvalue()), end='')
    return result
