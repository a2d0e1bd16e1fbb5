tests = ["½", "٣", "é", "ÉCOLE", "日本", "Ⅻ", "\u00a0", "ñ1"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.isdecimal(), t.isnumeric(), t.isidentifier())
