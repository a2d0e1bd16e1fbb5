print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("x", "y"))
print("abc".replace("", "-"), "".replace("", "x"), "aaa".replace("aa", "b"))
print("banana".replace("ana", "ANA"), "a.b.c".replace(".", ""), "xyx".replace("x", "xx"))
print("ümlaut".replace("ü", "ue"), "abc".replace("b", "", 0), "abab".replace("ab", "x", -1))
