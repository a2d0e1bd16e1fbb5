try:
    1 / 0
except ZeroDivisionError:
    print("caught zero division")
try:
    [][1]
except IndexError as e:
    print("caught", type(e).__name__, e)
def risky(n):
    if n:
        raise ValueError("bad n: %d" % n)
    return "fine"
for n in [0, 3]:
    try:
        print(risky(n))
    except ValueError as e:
        print("error:", e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
