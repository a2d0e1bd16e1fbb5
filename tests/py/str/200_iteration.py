s = "héllo"
for ch in s:
    print(ch, ord(ch), end="; ")
print()
print(list(s), list(reversed(s)), sorted(s), list(enumerate("ab")))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("".join(c.upper() for c in "abc" if c != "b"), {c: i for i, c in enumerate("ab")})
print(min("hello"), max("hello"), "l" in "hello", "hello".count("l"))
