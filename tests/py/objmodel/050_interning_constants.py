# String constants that look like identifiers (ASCII letters, digits and _)
# are interned: every compilation unit gets the same object. Other string
# constants are not, and strings built at run time are new objects.
word = "hello"
phrase = "hello world"
print(eval("'hello'") is word, eval("'hello world'") is phrase)
under = "hello_42"
print(eval("'hello_42'") is under, eval("'x'") is eval("'x'"))
print(eval("'caf\\xe9'") is eval("'caf\\xe9'"), eval("'a-b'") is eval("'a-b'"))
ns = {}
exec("w = 'hello'\np = 'hello world'", ns)
print(ns["w"] is word, ns["p"] is phrase, ns["p"] == phrase)
code = compile("'hello'", "<s>", "eval")
print(eval(code) is word)

# Built at run time: equal, but not the same object.
built = "".join(["he", "llo"])
print(built == word, built is word)
half = "hel"
print(half + "lo" == word, half + "lo" is word)
print(word[:] is word, word.upper().lower() is word, str(word) is word)
print("-".join(["a", "b"]) is "-".join(["a", "b"]))
print(repr(word)[1:-1] is word, f"{word}" is word, "%s" % word == word)

# The empty string is one object however it is made.
empty = ""
print(str() is empty, "abc"[3:] is empty, "".join([]) is empty, word[5:] is empty)
print(word.replace("hello", "") is empty, empty * 5 is empty, empty + empty is empty)
