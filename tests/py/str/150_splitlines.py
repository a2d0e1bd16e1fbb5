s = "line1\nline2\r\nline3\rline4\n\nlast"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "a\n\nb".split("\n"))
print("one\x0btwo\x0cthree\x1cfour".splitlines())
