from helper_tmp import TempDir


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with TempDir("tmp_100") as d:
    p = d.file("bad.txt")
    with open(p, "wb") as f:
        f.write(b"ok \xff\xfe end\n\xe9t\xe9\n")
    attempt("strict", lambda: open(p, encoding="utf-8").read())
    attempt("strict_line", lambda: open(p, encoding="utf-8").readline())
    for errors in ["ignore", "replace", "backslashreplace", "surrogateescape_x"]:
        attempt(errors, lambda: open(p, encoding="utf-8", errors=errors).read())
    attempt("ascii", lambda: open(p, encoding="ascii").read())
    attempt("ascii_replace", lambda: open(p, encoding="ascii", errors="replace").read())
    attempt("latin1", lambda: open(p, encoding="latin-1").read())
    with open(p, "wb") as f:
        f.write(b"\x81\x8d")
    attempt("cp1252", lambda: open(p, encoding="cp1252").read())
    attempt("cp1252_replace", lambda: open(p, encoding="cp1252", errors="replace").read())
    with open(p, "wb") as f:
        f.write(b"a\x00\x00\xd8b")
    attempt("utf16", lambda: open(p, encoding="utf-16-le").read())
    attempt("utf16_trunc", lambda: open(p, encoding="utf-16-be").read())
    with open(p, "wb") as f:
        f.write(b"abc\xe2\x82")
    attempt("utf8_truncated", lambda: open(p, encoding="utf-8").read())
    try:
        open(p, encoding="utf-8").read()
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, e.object)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        def w():
            with open(p, "w", encoding="ascii", errors=errors) as f:
                f.write("na\u00efve \u20ac!")
            return open(p, "rb").read()
        attempt("w_" + errors, w)
    def w2():
        with open(p, "w", encoding="latin-1") as f:
            return f.write("\u20ac")
    attempt("latin1_w", w2)
    def w3():
        with open(p, "w", encoding="cp1252") as f:
            return f.write("\u0100")
    attempt("cp1252_w", w3)
    f = open(p, "w", encoding="ascii")
    attempt("enc_err_then", lambda: f.write("\u00e9"))
    print(f.write("fine"))
    f.close()
    print(open(p).read())
