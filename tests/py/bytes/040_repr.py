print(repr(b"plain"), repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""))
print(repr(b"\t\n\r\\"), repr(b"\x00\x7f\x80\xff"), repr(b" ~"))
print(str(b"x"), [b"a", b"\x01"], bytes([7, 8, 9, 10, 11, 12, 13]))
