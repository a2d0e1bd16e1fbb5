import unicodedata

for ch in ["a", " ", "\u00e9", "\u4e00", "\U00020000", "\uac00", "\ud7a3", "\uac01",
           "\U0001F600", "\uf900", "\U00018B00", "\U0001B170", "\U00017000", "\x00",
           "\ufdd0", "\U000E0100", "\u1160", "\u0f00"]:
    print("U+%04X" % ord(ch), unicodedata.name(ch, "<none>"))
try:
    unicodedata.name("\x7f")
except ValueError as e:
    print(type(e).__name__, e)
names = ["LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter B",
         "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-2A6DF",
         "HANGUL SYLLABLE GA", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE A",
         "cjk compatibility ideograph-f900", "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
         "LINE FEED", "NULL", "BYTE ORDER MARK", "ZWJ", "KEYCAP DIGIT ONE",
         "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "GRINNING FACE",
         "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-A000",
         "CJK UNIFIED IDEOGRAPH-020000", "HANGUL SYLLABLE ", "hangul syllable ga", "NO SUCH THING",
         "", "TANGUT IDEOGRAPH-17000", "LATIN SMALL LETTER A ", "x" * 256, "x" * 257]
for n in names:
    try:
        r = unicodedata.lookup(n)
        print(repr(n[:50]), [hex(ord(c)) for c in r])
    except KeyError as e:
        print(repr(n[:50]), type(e).__name__, str(e)[:80])
print(unicodedata.lookup(b"LATIN SMALL LETTER B"))
print("\N{LATIN SMALL LETTER A WITH ACUTE}", "\N{EM DASH}" == "\u2014")
