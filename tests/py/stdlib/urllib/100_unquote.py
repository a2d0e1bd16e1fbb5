from urllib.parse import unquote, unquote_plus, unquote_to_bytes

print(unquote('abc%20def'), unquote('%7e/abc+def'), unquote_plus('%7e/abc+def'))
print(repr(unquote('%C3%A9%zz%')), repr(unquote('%C3é%A9')), unquote(b'%41%42'))
print(repr(unquote('%E9', encoding='latin-1')), repr(unquote('%FF%FE')), repr(unquote('%FF', errors='ignore')))
print(repr(unquote('')), repr(unquote('no escapes')), repr(unquote('%')), repr(unquote('%4')), repr(unquote('%4g')))
print(unquote_to_bytes('abc%20def'), unquote_to_bytes(b'%ff%FF%f'), unquote_to_bytes('é%41'), unquote_to_bytes(''))
print(unquote_plus('a+b%2Bc'), unquote_plus(b'a+b'.decode()))
for bad in [None, 1]:
    for f in (unquote, unquote_to_bytes):
        try:
            f(bad)
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    unquote('%E9', encoding='ascii', errors='strict')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
