# compile()/exec()/eval() of bytes read the coding cookie; str ignores it.
def t(src, mode="exec"):
    try:
        code = compile(src, "f", mode)
        print("ok", eval(code) if mode == "eval" else None)
    except SyntaxError as e:
        print(type(e).__name__, e.args)

t(b'# coding: latin-1\n"\xe9"', "eval")
t('# coding: latin-1\n"\xe9"', "eval")
t(b'"\xc3\xa9"', "eval")
t(b'\xef\xbb\xbf"abc"', "eval")
t(b'x = "ab\xe9\xff"\n')
t(b'x = "ab\xff"\n')
t(b'x = 1 # \xff\n')
t(b'x = 1\n\xe9\n')
t(b'# coding: xyz\nx = 1\n')
t('# coding: xyz\nx = 1\n')
t(b'\xef\xbb\xbf# coding: xyz\nx = 1\n')
t(b'# coding: ascii\nx = "\xe9"\n')
t(b'#!/usr/bin/python\n# coding=latin-1\nx = "\xe9"\n')
t(b'x = 1\0\n')
t('x = 1\0\n')
print(eval(b'# coding: latin-1\n"\xe9"'))
ns = {}
exec(b'# coding: l1\ns = "\x80"', ns)
print(ascii(ns["s"]))
try:
    exec("x = 1\0")
except SyntaxError as e:
    print(e.msg, str(e))
