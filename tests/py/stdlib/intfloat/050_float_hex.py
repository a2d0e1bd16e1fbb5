def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in (0.0, -0.0, 1.0, -1.0, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.5, 1024.75):
    print(x, x.hex())
for s in ("0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "-0x1.fffffffffffffp1023", "0x1p1024", "inf", "-Infinity",
          "nan", "0X1P+3", "  0x10  ", "0x.8", "0x8.", "1", "0x", "0x1p", "0x1.g", "0x1_0p0",
          "0x1p-1080", "0x0p0", "-0x0p0", "0x1.fffffffffffff8p1023", "0x3p-1076", "0xap0"):
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(1))
class F(float):
    pass
r = F.fromhex("0x1p1")
print(type(r).__name__, r)
for x in (0.1, 1.5, -2.75, 123456.789):
    assert float.fromhex(x.hex()) == x
print("roundtrip ok")
