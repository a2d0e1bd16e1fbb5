print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F40D), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("z"), ord("\n"), ord("€"), ord("🐍"), ord(b"A"))
print(hex(0), hex(255), hex(-1), hex(2 ** 64), oct(0), oct(64), oct(-9), bin(0), bin(10), bin(-10))
print(hex(True), bin(2 ** 20), int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
