import unicodedata

for ch in "0 7 ٣ ۹ ² ½ ¾ Ⅻ ① ⑳ 一 万 兆 \u0f33 \U00012432 a x \u2189 \U0001D7D8 \u00b9 \u2155".split(" "):
    print(
        "U+%04X" % ord(ch),
        unicodedata.decimal(ch, None),
        unicodedata.digit(ch, None),
        unicodedata.numeric(ch, None),
    )
for f, msg in ((unicodedata.decimal, "d"), (unicodedata.digit, "g"), (unicodedata.numeric, "n")):
    try:
        f("a")
    except ValueError as e:
        print(msg, type(e).__name__, e)
    print(f("a", "dflt"), f("\u00bd", -1))
print(unicodedata.numeric("\U0001F10C", "none"), unicodedata.numeric("\u5146"))
