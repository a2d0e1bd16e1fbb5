# The global tracer's return value is the frame's local tracer; None stops
# line events for that frame only.
import sys


def local(frame, event, arg):
    print("  local", event, frame.f_code.co_name, frame.f_lineno)
    return local


def global_tracer(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == "traced":
        return local
    return None


def traced():
    a = 1
    return untraced(a)


def untraced(a):
    b = a + 1
    return b


sys.settrace(global_tracer)
traced()
sys.settrace(None)
