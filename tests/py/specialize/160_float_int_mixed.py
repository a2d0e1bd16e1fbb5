# The float and int fast paths of BINARY_OP and COMPARE_OP, then mixed
# operands, bools, int and float subclasses, nan and huge ints.

def add(a, b):
    return a + b

def div(a, b):
    return a / b

def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

for i in range(30):
    add(1.5, 2.5); add(i, i); div(1.0, 4.0); lt(1.0, 2.0); lt(i, 3); eq(i, i)

print(add(1, 2.5), add(2.5, 1), add(True, 1.5), add(True, True))
print(div(1, 4), div(7, 2.0), div(True, 2))
print(lt(1, 1.5), lt(2.0, 1), lt(2 ** 53 + 1, 2.0 ** 53), eq(2 ** 53 + 1, 2.0 ** 53))
print(eq(1, 1.0), eq(True, 1), eq(0.1 + 0.2, 0.3), lt(-0.0, 0.0), eq(-0.0, 0))
nan = float("nan")
print(lt(nan, 1), lt(1, nan), eq(nan, nan), eq(nan, 1))
print(lt(10 ** 400, float("inf")), lt(-10 ** 400, -1e308), eq(10 ** 400, float("inf")))
try:
    add(10 ** 400, 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    div(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    div(1, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __lt__(self, other):
        return "MyInt.__lt__"

class MyFloat(float):
    def __radd__(self, other):
        return "MyFloat.__radd__"

print(add(MyInt(1), 2), add(2, MyInt(1)), lt(MyInt(1), 2), lt(2, MyInt(1)))
print(add(1.0, MyFloat(2.0)), add(1, MyFloat(2.0)))
# After the odd operands, the fast paths again.
print(add(1.5, 2.5), add(3, 4), lt(1.0, 2.0), lt(5, 3), div(9.0, 3.0))
total = 0
for i in range(10):
    total += i * 0.5
print(total, type(total).__name__)
