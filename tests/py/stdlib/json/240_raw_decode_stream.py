import json

stream = '{"a": 1} [2, 3] "four" 5.0 null  true'
dec = json.JSONDecoder()
pos = 0
out = []
while pos < len(stream):
    while pos < len(stream) and stream[pos] == ' ':
        pos += 1
    if pos >= len(stream):
        break
    obj, pos = dec.raw_decode(stream, pos)
    out.append((obj, pos))
print(out)
try:
    json.loads(stream)
except json.JSONDecodeError as e:
    print(e)
print(dec.raw_decode('1.5x'), dec.raw_decode('truex'), dec.raw_decode('[]]'))
print(dec.raw_decode('nullnull'), dec.raw_decode('-0x'), dec.raw_decode('1e5e5'))
