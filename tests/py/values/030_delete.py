# `del` of instance attributes: first, middle, last, then set again.


class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


for victim in "abc":
    p = P()
    delattr(p, victim)
    print(victim, vars(p), hasattr(p, victim))
    setattr(p, victim, 10)
    print(victim, vars(p), getattr(p, victim))

p = P()
del p.c
del p.b
p.b = 5
print(vars(p))
p.c = 6
print(vars(p))
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
del p.a
try:
    del p.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.a
except AttributeError as e:
    print("AttributeError:", e)
print(vars(p))
del p.b, p.c
print(vars(p))
p.a = 1
print(vars(p))
