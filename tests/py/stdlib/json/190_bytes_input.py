import json

doc = '{"a": [1, "\u00e9\u4e2d\U0001f600"]}'
print(json.loads(doc.encode('utf-8')))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))
print(json.loads(b'"x"'), json.loads(b'1'), json.loads(b'12'))
# UTF-16 and UTF-32, with and without BOM, written out by hand.
def u16(s, big):
    out = []
    for ch in s:
        cp = ord(ch)
        units = [cp] if cp < 0x10000 else [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)]
        for u in units:
            out += [u >> 8, u & 0xff] if big else [u & 0xff, u >> 8]
    return bytes(out)
def u32(s, big):
    out = b''
    for ch in s:
        out += ord(ch).to_bytes(4, 'big' if big else 'little')
    return out
text = '["\u00e9", {"k": "\U0001f600"}, 12]'
for name, data in [('utf-16-le', u16(text, False)), ('utf-16-be', u16(text, True)),
                   ('utf-16 bom le', b'\xff\xfe' + u16(text, False)),
                   ('utf-16 bom be', b'\xfe\xff' + u16(text, True)),
                   ('utf-32-le', u32(text, False)), ('utf-32-be', u32(text, True)),
                   ('utf-32 bom le', b'\xff\xfe\x00\x00' + u32(text, False)),
                   ('utf-32 bom be', b'\x00\x00\xfe\xff' + u32(text, True)),
                   ('two bytes le', u16('1', False)), ('two bytes be', u16('2', True))]:
    print(name, json.detect_encoding(data), ascii(json.loads(data)))
print(json.loads(bytearray(doc.encode('utf-8'))))
for bad in [5, None, [1], 1.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads(b'[1, "\xff"]')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
try:
    json.loads('\ufeff{}')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
