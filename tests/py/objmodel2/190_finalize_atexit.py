# finalize objects still alive at exit run then (newest first), unless their
# atexit attribute is false; atexit handlers registered before the first
# finalize run after them.
import atexit
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(name):
    print("cleanup", name)


atexit.register(print, "atexit handler registered first")
keep = [Res(i) for i in range(4)]
fs = [weakref.finalize(o, cleanup, o.name) for o in keep]
fs[1].atexit = False
fs[2].detach()
atexit.register(print, "atexit handler registered last")
print("end of program")
