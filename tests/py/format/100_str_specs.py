s = "kaa"
for spec in ["", "s", "5", "<5", ">5", "^5", "*^8", ".1", ".5", "8.2", "^7.2"]:
    print(repr(spec), repr(format(s, spec)), repr(format("", spec)))
print(repr(format("日本", "^6")), repr(format("é", "*>3")))
