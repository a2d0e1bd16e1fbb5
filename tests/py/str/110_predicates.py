tests = ["abc", "ABC", "Abc", "123", "abc123", " \t\n", "", "a b", "_x1", "1x", "A1!"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.isdecimal(), t.isnumeric(), t.isidentifier())
print("Title Case".istitle(), "not Title".istitle(), "abc".isascii(), "é".isascii())
