from array import array
for c in 'bBhHiIlLqQ':
    row = []
    for v in [2**70, -2**70, 2**40, -2**40, 300, -300, 70000, -1]:
        try:
            array(c, [v])
            row.append('ok')
        except OverflowError as e:
            row.append(str(e))
    print(c, row)
