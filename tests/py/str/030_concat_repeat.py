print("ab" + "cd", "ab" * 3, 3 * "xy", "abc" * 0, "abc" * -2)
s = ""
for c in "xyz":
    s += c * 2
print(s)
print(("a" + "b") * 2 + "!", "-" * 10)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
