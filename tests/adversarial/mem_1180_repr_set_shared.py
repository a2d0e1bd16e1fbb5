# adversarial: repr() of a set of 10**5 objects whose reprs are one 1 MB string (10**11 characters)
# cli: skip
# embedded: MemoryError


class Big:
    def __init__(self, i):
        self.i = i

    def __hash__(self):
        return self.i

    def __repr__(self):
        return S


S = 'x' * 10**6
x = repr({Big(i) for i in range(10**5)})
raise ValueError("the repr was made: %d" % len(x))
