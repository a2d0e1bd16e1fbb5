s = "prefix-body.suffix"
print(s.startswith("pre"), s.startswith("body"), s.startswith("body", 7), s.endswith(".suffix"))
print(s.startswith(("x", "pref")), s.endswith(("a", "b")), s.endswith("body", 0, 11))
print("".startswith(""), "a".endswith(""), "abc".startswith("abcd"))
try:
    s.startswith(["pre"])
except TypeError as e:
    print(type(e).__name__, e)
