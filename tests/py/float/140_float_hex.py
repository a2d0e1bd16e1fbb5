# float.hex() and float.fromhex().
print((1.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex())
print(float("inf").hex(), float.fromhex("0x1p3"), float.fromhex("-0x1.8p-1"), float.fromhex(" 0X1.8P+1 "))
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("inf"), float.fromhex("1"), float.fromhex("0x.8"))
print(float.fromhex("0x1p-2000"), float.fromhex((0.1).hex()) == 0.1)
for s in ["x", "0x1p2000", "0x"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
