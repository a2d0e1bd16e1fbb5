class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("__eq__ called with", self.tag, other)
        return other == 7

class K:
    V = Eq("v")

def f(x):
    match x:
        case K.V:
            return "matched K.V"
        case _:
            return "no"

print(f(7))
print(f(8))

class Loud:
    def __eq__(self, other):
        print("Loud.__eq__", other)
        return True

match Loud():
    case 5:
        print("Loud matched 5")
