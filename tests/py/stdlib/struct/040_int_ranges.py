import struct
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for pre in ['', '<', '>']:
        if pre and fmt in 'nNP':
            continue
        row = []
        for v in [2**40, -1, 2**70, -2**70, 127, 128, -129, 65536]:
            try:
                struct.pack(pre + fmt, v)
                row.append('ok')
            except struct.error as e:
                row.append(str(e))
        print(pre + fmt, row)
