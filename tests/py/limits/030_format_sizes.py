# Format widths and precisions: huge ones are refused as CPython refuses
# them, long precisions work (issue 16).


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r), r[:12], r[-6:])
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("width 10**13", lambda: "{:>10000000000000}".format("a"))
attempt("width 10**20", lambda: "{:>100000000000000000000}".format("a"))
attempt("int width", lambda: "{:10000000000000}".format(15))
attempt("float width", lambda: "{:10000000000000}".format(1.5))
attempt("f-string width", lambda: f"{'a':>{10**13}}")
attempt("% width", lambda: "%10000000000000d" % 1)
attempt("% width too big", lambda: "%99999999999999999999d" % 1)
attempt("% precision too big", lambda: "%.2147483648f" % 1.0)
attempt("precision too big", lambda: format(1.5, ".100000000000f"))
attempt("precision 2**31", lambda: "{:.2147483648f}".format(1.5))
attempt(".65536f", lambda: format(1.5, ".65536f"))
attempt(".70000f", lambda: format(0.1, ".70000f"))
attempt(".70000e", lambda: format(2.5, ".70000e"))
attempt(".70000g", lambda: format(1 / 3, ".70000g"))
attempt("%.70000f", lambda: "%.70000f" % -1e-300)
attempt(".1200f tiny", lambda: format(5e-324, ".1200f"))
attempt("#.70000g", lambda: format(2.0, "#.70000g"))
attempt("complex .70000f", lambda: format(1.5 + 2j, ".70000f"))
attempt("str .10**12", lambda: "{:.1000000000000}".format("abc"))
