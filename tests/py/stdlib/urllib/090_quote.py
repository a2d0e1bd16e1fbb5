from urllib.parse import quote, quote_plus, quote_from_bytes

print(quote('a b/c~d_e.f-g'))
print(quote('a b/c', safe=''))
print(quote('é€ 😀'))
print(quote('é', encoding='latin-1'), quote('€', encoding='ascii', errors='replace'))
print(quote(b'\x00\xff/'), quote(bytearray(b'a b')))
print(quote('a&b=c', safe='&='), quote('a&b', safe=b'&'), quote(''), repr(quote(b'')))
print(quote_plus('a b&c/d+e'), quote_plus('a b', safe='/'), quote_plus(b'x y'), quote_plus('nospace'))
print(quote_from_bytes(b'abc def?'), quote_from_bytes(b'/a/', safe=''), repr(quote_from_bytes(b'')))
print(quote_from_bytes(b'a~b', safe='é'))
for args in [(None,), (1,)]:
    try:
        quote(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    quote(b'a', encoding='utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    quote(b'a', errors='strict')
except TypeError as e:
    print(type(e).__name__, e)
try:
    quote_from_bytes('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    quote('é', encoding='ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
