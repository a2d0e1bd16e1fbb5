# adversarial: reversed() over a sequence whose __getitem__ reads the next reversed iterator, 20,000 deep
# cli: RecursionError
# embedded: RecursionError
class Seq:
    def __init__(self, inner):
        self.inner = inner
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return next(self.inner)
x = reversed([1])
for _ in range(20000):
    x = reversed(Seq(x))
next(x)
