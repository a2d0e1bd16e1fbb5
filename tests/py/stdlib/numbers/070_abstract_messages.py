import numbers

for cls in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    class Sub(cls):
        pass
    try:
        Sub()
    except TypeError as e:
        msg = str(e)
        print(cls.__name__, msg.split(" with ")[0], msg.count("'") // 2 > 5)
