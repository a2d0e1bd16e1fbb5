# sys.intern(s) returns the one canonical object for the text of s. The first
# string interned with a given text becomes the canonical one.
import sys

word = "hello"
built = "".join(["he", "llo"])
print(built is word, sys.intern(built) is word, sys.intern(word) is word)

text = "".join(["no such ", "constant anywhere"])
first = sys.intern(text)
print(first is text)
again = "".join(["no such ", "constant", " anywhere"])
print(again is text, sys.intern(again) is text)
print(eval("'no such constant anywhere'") is text)

# Interning an identifier-like constant of another unit gives this unit's.
other = eval("'some' + '_' + 'name'")
print(sys.intern(other) is eval("'some_name'"))

# Interned strings are ordinary strings.
s = sys.intern("".join(["ab", "cd"]))
print(type(s).__name__, s, len(s), s.upper(), s == "abcd", hash(s) == hash("abcd"))
print(sys.intern("") is "".join([]), sys.intern("é") == "é")

# Dict lookups find interned and non-interned equal keys alike.
d = {sys.intern(built): 1}
print(d["hello"], d[built], d["".join(["hel", "lo"])])
keys = [sys.intern("key%d" % i) for i in range(100)]
print(all(sys.intern("key%d" % i) is keys[i] for i in range(100)))
print(len(set(map(id, keys))))
