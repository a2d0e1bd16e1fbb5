import os
from unittest.mock import patch, DEFAULT, MagicMock

def r(m):
    return repr(m).split(' id=')[0]

class Target:
    a = 1
    b = 2

with patch.multiple(Target, a=10, b=20):
    print(Target.a, Target.b)
print(Target.a, Target.b)

with patch.multiple(Target, a=DEFAULT, b=DEFAULT) as mocks:
    print(sorted(mocks), r(mocks['a']), Target.b is mocks['b'])

@patch.multiple(Target, a=DEFAULT, b=5)
def f(a):
    return r(a), Target.b
print(f())

@patch.multiple('os', sep=DEFAULT, linesep='!')
def g(sep):
    return r(sep), os.linesep
print(g(), os.linesep == '\n')
try:
    patch.multiple(Target)
except ValueError as e:
    print('ValueError', e)

p1 = patch.object(Target, 'a', 'one')
p2 = patch.object(Target, 'b', 'two')
p1.start(); p2.start()
print(Target.a, Target.b)
patch.stopall()
print(Target.a, Target.b)

@patch.object(Target, 'a', 'cls')
class Tests:
    def test_one(self):
        return Target.a
    def helper(self):
        return Target.a
t = Tests()
print(t.test_one(), t.helper())
