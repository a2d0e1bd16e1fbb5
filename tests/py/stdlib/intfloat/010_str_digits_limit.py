import sys

def show(f):
    try:
        r = f()
        print(r if not isinstance(r, str) or len(r) < 60 else (len(r), r[:20]))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
show(lambda: int("1" * 5000))
show(lambda: int("1" * 4300))
show(lambda: int(" -" + "1" * 4301 + " "))
show(lambda: int("1_" * 4300 + "1"))
show(lambda: int("1_" * 4299 + "1") % 1000)
show(lambda: int("1" * 4301, 36))
show(lambda: int("1" * 5000, 16) % 1000)
show(lambda: int("1" * 5000, 8) % 1000)
show(lambda: str(10 ** 5000))
show(lambda: str(-10 ** 4299))
show(lambda: str(10 ** 4300))
show(lambda: repr(10 ** 4300))
show(lambda: "%d" % 10 ** 4300)
show(lambda: "%i" % -10 ** 4300)
show(lambda: f"{10 ** 4300}")
show(lambda: f"{10 ** 4300:,}")
show(lambda: format(10 ** 4300, "d"))
show(lambda: format(10 ** 5000, "x"))
show(lambda: "%x" % 10 ** 5000)
show(lambda: bin(10 ** 5000))
show(lambda: int(b"1" * 5000))
show(lambda: int(bytearray(b"1" * 4301)))
