import unicodedata

print(unicodedata.unidata_version)
chars = "A a 0 ٣ ½ Ⅻ ① \u0300 \u05d0 \u0627 ( ) « 中 가 \u200b \u00a0 \U0001F600 \U000E0001 \uFFFD \U0010FFFD \u0378 \u1E9E ß ǅ \u0345 \U0001D7D8"
for ch in chars.split(" "):
    print(
        "U+%04X" % ord(ch),
        unicodedata.category(ch),
        repr(unicodedata.bidirectional(ch)),
        unicodedata.combining(ch),
        unicodedata.east_asian_width(ch),
        unicodedata.mirrored(ch),
        repr(unicodedata.decomposition(ch)),
    )
print(unicodedata.category(" "), unicodedata.bidirectional(" "))
