# sys.getsizeof of an instance, and of its __dict__ once asked for: only
# that both are numbers (the exact sizes are each interpreter's own).
import sys


class P:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


p = P()
n = sys.getsizeof(p)
print(type(n).__name__, n > 0)
d = p.__dict__
print(sys.getsizeof(d) > 0, d)
