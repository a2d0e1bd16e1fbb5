from helper_tmp import TempDir

text = "caf\u00e9 \u20ac1 \u00fc\n2nd \U0001F600 line\n"
with TempDir("tmp_090") as d:
    p = d.file("e.txt")
    for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                "utf-32-le", "UTF-32BE", "UTF8", "utf_8"]:
        with open(p, "w", encoding=enc) as f:
            print(enc, f.encoding, f.write(text))
        with open(p, "rb") as f:
            data = f.read()
            print(len(data), data[:6])
        with open(p, encoding=enc) as f:
            print(f.read() == text, end=" ")
        with open(p, encoding=enc) as f:
            print(f.readlines() == text.splitlines(True), end=" ")
        with open(p, encoding=enc) as f:
            print(repr(f.read(4)), repr(f.readline()), f.tell() > 0)
    for enc in ["latin-1", "iso-8859-1", "cp1252", "ascii", "latin1"]:
        with open(p, "w", encoding=enc) as f:
            f.write("caf\u00e9 fa\u00e7ade\n" if enc != "ascii" else "plain\n")
        with open(p, "rb") as f:
            print(enc, f.read())
        with open(p, encoding=enc) as f:
            print(repr(f.read()), f.encoding)
    with open(p, "w", encoding="cp1252") as f:
        f.write("\u20ac \u2019 \u0152\n")
    print(open(p, "rb").read(), repr(open(p, encoding="cp1252").read()))
    with open(p, "wb") as f:
        f.write(b"\xef\xbb\xbfbom text")
    print(repr(open(p, encoding="utf-8").read()), repr(open(p, encoding="utf-8-sig").read()))
    with open(p, "wb") as f:
        f.write(b"\xfe\xff\x00h\x00i")
    print(repr(open(p, encoding="utf-16").read()))
    try:
        open(p, encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
