print(int("42"), int("-17"), int("  12  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("-0x10", 16), int("0b11", 2))
print(int("123456789012345678901234567890"))
print(int(" -0 "), int("\t7\n"))
for bad in ["abc", "", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 37)
except ValueError as e:
    print(e)
