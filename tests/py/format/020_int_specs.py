for spec in ["", "d", "5d", "<5d", "^5d", "=+5d", "05d", "+d", " d", "x", "#X", "o", "#o", "b", "#010b", ",", "_", "_b", "_x", "c", "n", "e", ".2f", "%", "g"]:
    print(repr(spec), repr(format(65, spec)), repr(format(-65, spec)) if spec != "c" else "")
