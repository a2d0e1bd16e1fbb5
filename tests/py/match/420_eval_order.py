log = []
class Watch:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append(self.name)
        return False

class Vals:
    A = Watch("A")
    B = Watch("B")
    C = Watch("C")

match 1:
    case Vals.A | Vals.B:
        pass
    case [Vals.C]:
        pass
    case Vals.C:
        pass
print(log)

log.clear()
match [1, 2]:
    case [Vals.A, Vals.B]:
        pass
    case [_, Vals.C]:
        pass
print(log)
