class P:
    kind = "point"
    def __init__(self, x):
        self.x = x
    def double(self):
        return self.x * 2
p = P(4)
print(p.x, p.kind, P.kind, p.double())
p.y = 5
print(p.y, hasattr(p, "y"), hasattr(P, "y"))
print("abc".upper().lower().title())
import math
print(math.pi > 3, math.floor(2.7))
print((1).bit_length(), (255).bit_length())
print([1, 2].copy().__len__())
