print(format(42), format(42, "5"), format(42, "<5") + "|", format(3.14159, ".3"), format(0.5, ".0%"))
print(format("txt", "*^9"), format(1234.5, ",.2f"), format(-7, "+04d"), format(10, "b"), format(10, "#o"))
print(format(1e-9), format(123456789.0, "e"), format(True, ""), format(None, ""), format([1], ""))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
