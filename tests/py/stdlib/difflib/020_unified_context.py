import difflib

a = ['line %d\n' % i for i in range(12)]
b = list(a)
b[2] = 'changed 2\n'
b[9:10] = []
b.append('extra\n')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', 'date1', 'date2')), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ['new\n'], n=0)))
print(list(difflib.context_diff(['old\n'], [], n=0)))
print(list(difflib.unified_diff(a, b, n=1))[:6])
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print('TypeError', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=5))
except TypeError as e:
    print('TypeError', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y')))
