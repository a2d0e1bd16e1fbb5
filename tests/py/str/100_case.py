s = "hello World 123 ünï"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("ß".upper(), "ÉCOLE".lower(), "straße".casefold())
print("they're bill's".title(), "HELLO".capitalize(), "x1y2".title(), "".upper())
print("mIxEd CaSe".lower().upper())
