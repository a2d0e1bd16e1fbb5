# At exit, objects still bound to __main__'s globals are finalized. In CPython
# this happens when the collector frees the cycle between the module's dict and
# its functions: __del__ methods run in the collector's list order, which is the
# order the objects were created in, not the order their names were bound.
class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("__del__", self.n)


objs = [N("made first"), N("made second"), N("made third")]
a = objs[2]
b = objs[0]
c = objs[1]
del objs
print("end of program")
