print("apple" < "banana", "apple" < "Apple", "a" < "aa", "b" > "abc")
print("é" > "z", "日" > "é", "abc" == "abc", "abc" != "ABC")
words = ["pear", "Apple", "banana", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), max(words), min(words))
print("abc" == "abc"[:], "a" * 3 == "aaa", "10" < "9", 10 < 9)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
