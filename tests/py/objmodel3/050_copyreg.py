# The copyreg module: the dispatch table, constructor checks, the
# reconstructors and the extension registry.
import copyreg

print(sorted(copyreg.__all__))

class P:
    def __init__(self, v):
        self.v = v

def reduce_p(p):
    return (P, (p.v,))

copyreg.pickle(P, reduce_p)
print(copyreg.dispatch_table[P] is reduce_p)
for args in [(P, 5), (P, reduce_p, 5)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    copyreg.constructor(None)
except TypeError as e:
    print(type(e).__name__, e)
copyreg.constructor(P)

o = copyreg.__newobj__(P)
print(type(o).__name__, o.__dict__)
o = copyreg.__newobj_ex__(dict, (), {})
print(o)

class L(list):
    pass

x = copyreg._reconstructor(L, list, [1, 2])
print(type(x).__name__, x)
y = copyreg._reconstructor(P, object, None)
print(type(y).__name__, y.__dict__)

class Slots:
    __slots__ = ('a', '__b', '__dict__')

class Sub(Slots):
    __slots__ = 'c'

print(copyreg._slotnames(Sub), Sub.__slotnames__)
print(copyreg._slotnames(P), copyreg._slotnames(int))

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
for args in [('mod', 'name', 241), ('mod', 'other', 240), ('m', 'n', 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.remove_extension('mod', 'name', 240)
try:
    copyreg.remove_extension('mod', 'name', 240)
except ValueError as e:
    print(type(e).__name__, e)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, copyreg._extension_cache)
print(copyreg._reduce_ex(P(3), 0)[1:])
