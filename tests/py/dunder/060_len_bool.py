class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Bag(3)), bool(Bag(0)), bool(Bag(2)), not Bag(0))
class Flag:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        return 10
print(bool(Flag()), "yes" if Flag() else "no")
for bad in [Bag(-1)]:
    try:
        len(bad)
    except ValueError as e:
        print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
