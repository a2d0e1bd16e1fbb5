s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.rfind(""), s.find("h", -5), s.count("l", 3, 10), "日本語".find("語"))
try:
    s.index("nope")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("nope")
except ValueError as e:
    print(type(e).__name__, e)
