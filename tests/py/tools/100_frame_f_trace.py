# Setting f_trace on the current frame (as pdb.set_trace does).
import sys


def local(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return local


def main():
    sys.settrace(lambda *a: None)
    sys._getframe().f_trace = local
    a = 1
    b = a + 1
    sys.settrace(None)
    return b


main()
f = sys._getframe()
print(f.f_trace, f.f_trace_lines)
