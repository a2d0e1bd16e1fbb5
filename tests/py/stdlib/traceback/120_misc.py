# print_last, format_list, print_list, clear_frames and the error paths.
import io
import sys
import traceback

try:
    traceback.print_last()
except ValueError as e:
    print(type(e).__name__, e)

try:
    raise OSError("saved")
except OSError as e:
    sys.last_type, sys.last_value, sys.last_traceback = type(e), e, None
buf = io.StringIO()
traceback.print_last(file=buf)
print(repr(buf.getvalue()))
del sys.last_type, sys.last_value, sys.last_traceback

print(traceback.format_list([("x.py", 5, "f", "return 1"), ("y.py", 6, "g", None)]))
buf = io.StringIO()
traceback.print_list([("x.py", 5, "f", "return 1")], file=buf)
print(repr(buf.getvalue()))
traceback.clear_frames(None)
print(traceback.format_exc())
print(sorted(n for n in traceback.__all__))
print(traceback.print_exception.__name__, traceback.TracebackException.__name__)
