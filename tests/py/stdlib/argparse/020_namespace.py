# Namespace: repr, equality, `in`, vars, odd names.
import argparse

ns = argparse.Namespace(a=1, b='x')
print(ns)
print(ns == argparse.Namespace(a=1, b='x'), ns == argparse.Namespace(a=1))
print(ns != argparse.Namespace(a=2, b='x'))
print('a' in ns, 'z' in ns)
print(vars(ns))
ns.c = [1, 2]
print(ns)
odd = argparse.Namespace(**{'with-dash': 1, 'ok': 2, 'for': 3})
print(odd)
print(argparse.Namespace())
print(ns == 5, ns.__eq__(5))
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(argparse.Namespace):
    pass
print(Sub(x=1), Sub(x=1) == argparse.Namespace(x=1))
