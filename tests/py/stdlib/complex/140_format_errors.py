# Format specs complex refuses, with CPython's messages.
specs = ['%', 'x', 'd', 's', 'c', 'b', '=10', '0', '010', '0>10', '0<10', '+010',
         ' =5', ',n', '_n', ',x', '10.3x', '010x', '.2%', 'ff', '10.', '1,_',
         '.99999999999999999999f', 'z%', '\x01', 'à']
for s in specs:
    for z in [1 + 2j, 3j]:
        try:
            print(repr(s), repr(format(z, s)))
        except (ValueError, TypeError) as e:
            print(repr(s), type(e).__name__, e)
try:
    format(1j, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1j).__format__()
except TypeError as e:
    print(type(e).__name__, e)
