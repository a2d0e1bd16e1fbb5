b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower())
print(b.split(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"abc".replace(b"b", b"BB"))
print(b.find(b"World"), b.count(b"l"), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b.index(b"H"))
print(b"\x00\xff\x10".hex(), bytes.fromhex("deadbeef"), bytes.fromhex("01 02"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"x".isalpha(), b"12".isdigit())
print(b"a:b".partition(b":"), b"abc".center(7, b"*"), b"5".zfill(3))
