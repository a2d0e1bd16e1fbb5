class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
a = Acc()
orig = a
a += 1
a += 2
a -= 1
print(a.items, a is orig)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
t = (1,)
talias = t
t += (2,)
print(talias, t)
