import io

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    print(repr(nl), repr(s.getvalue()), len(s.getvalue()), s.tell())
s = io.StringIO(newline=None)
s.write("a\r")
s.write("\nb")
print(repr(s.getvalue()), s.newlines)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(newline=1)
except TypeError as e:
    print(type(e).__name__, e)
s = io.StringIO("one\rtwo\rthree", newline="\r")
print(s.readlines(), s.newlines)
