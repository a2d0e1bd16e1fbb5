from json.decoder import scanstring
import json.decoder

print(scanstring('"abc"', 1))
print(scanstring('"ab\u00e9c" tail', 1))
print(scanstring('x"\\n\\u0041"', 2))
print(scanstring('"a\x01"', 1, False))
print(scanstring('""', 1))
for args in [('"abc"', 10), ('"abc"', -1), ('"abc"', 5), ('"a\x01"', 1),
             ('"a\x01"', 1, True), ('abc', 0)]:
    try:
        print(scanstring(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(b'"abc"', 1), (5, 1), ('"a"', 'x')]:
    try:
        scanstring(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.decoder.scanstring is json.decoder.c_scanstring)
