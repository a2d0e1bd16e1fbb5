import sys

def show(f):
    try:
        r = f()
        print(r if not isinstance(r, str) or len(r) < 60 else (len(r), r[:20]))
    except Exception as e:
        print(type(e).__name__, e)

for v in (640, 639, -1, 1, "1", 1.5, True, 10 ** 30, -10 ** 30, 2 ** 31):
    show(lambda: sys.set_int_max_str_digits(v))
show(lambda: sys.set_int_max_str_digits())
show(lambda: sys.set_int_max_str_digits(1000, 2))
show(lambda: sys.set_int_max_str_digits(x=1))
show(lambda: sys.get_int_max_str_digits(1))
show(lambda: sys.get_int_max_str_digits(x=1))
print(sys.get_int_max_str_digits())
show(lambda: sys.set_int_max_str_digits(maxdigits=700))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
show(lambda: str(10 ** 699))
show(lambda: str(10 ** 700))
show(lambda: int("9" * 700))
show(lambda: int("9" * 701))
show(lambda: "%d" % 10 ** 700)
show(lambda: format(-10 ** 700, ","))
show(lambda: sys.set_int_max_str_digits(641))
show(lambda: str(10 ** 641))
show(lambda: str(10 ** 640))
show(lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
show(lambda: len(str(10 ** 10000)))
show(lambda: int("7" * 10000) % 97)
show(lambda: len("%d" % 10 ** 10000))
sys.set_int_max_str_digits(4300)
show(lambda: str(10 ** 4300))
