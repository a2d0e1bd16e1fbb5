import struct
for f in ['', '<', 'b', 'bi', 'ib', 'b0i', '@bq', '=bq', '<bq', 'c?eP', 'hi', 'hd', 'bh', 'bl',
          '3i', '10s', '10p', '2x3x', 'x', '<l', 'l', '<L', 'L', 'n', 'N', 'e', 'f', 'd',
          ' i i ', '\ti\n', 'ii0q', '@', '!', 'ci', 'cci', 'cccI', 'dc']:
    print(repr(f), struct.calcsize(f))
print(struct.calcsize(b'ii'))
print(struct.pack('bi', 1, 2))
print(struct.pack('@bq', 1, 2))
print(struct.pack('bx0h', 5))
print(struct.pack('2x3xi', 5))
