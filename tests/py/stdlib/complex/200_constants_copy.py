# Constants fold and share as in CPython; copy and pickle support.
import copy, copyreg
def f():
    return 1 + 2j, -3j, 2j * 2, 1j - 1
print(f())
print(f.__code__.co_consts.count(1 + 2j) >= 0)
print(eval('1e5j'), eval('(1+2j)*(3-1j)'), compile('2j', 's', 'eval').co_consts)
z = 1 + 2j
print(copy.copy(z) is z, copy.deepcopy(z) is z, copy.deepcopy([z])[0] == z)
print(copyreg.dispatch_table[complex](z))
print(z.__reduce_ex__(2)[1][1:])
l = [1j, 2j]
print(list(map(abs, l)), sorted(l, key=lambda c: -c.imag))
