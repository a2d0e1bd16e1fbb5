print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.4999), round(2.5001))
print(round(3.14159, 2), round(3.14159, 0), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(2.675, 2), round(0.1 + 0.2, 1), round(1e15 + 0.5), round(-0.4), round(7))
print(type(round(1.2)), type(round(1.2, 1)), type(round(5, 1)), round(5, 1))
class R:
    def __round__(self, n=None):
        return f"rounded({n})"
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
