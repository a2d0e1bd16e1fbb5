print("a b  c\td\n".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(","), "".split())
print("  lead trail  ".split(), "  lead trail  ".split(" "))
print("a::b::c".split("::"), "one".split("x"))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1))
print("a b c".rsplit(), "1-2-3-4".rsplit("-", maxsplit=2), "1-2-3".split(sep="-"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
