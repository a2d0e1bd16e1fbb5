for v in [42, -42, 0]:
    print(format(v, "010d"), format(v, "+010d"), format(v, "010,d"), format(v, "#010x"))
for v in [3.5, -3.5]:
    print(format(v, "010.3f"), format(v, "+010.2e"), format(v, "010"), format(v, "=10.1f"))
print(format(1234, "09,"), format(-1234.5, "012,.2f"))
