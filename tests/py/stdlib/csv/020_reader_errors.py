# Reader errors and their messages, with line numbers.
import csv
def t(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append(row)
        print(out, r.line_num)
    except Exception as e:
        print(out, r.line_num, type(e).__name__, e)
t(['"ab'])
t(['"ab'], strict=True)
t(['"a"b'], strict=True)
t(['"a"b'])
t(['ok', 'a\rb'])
t(['a\r\n', 'b\n'])
t([b'a,b'])
t(['1,"2",,x'], quoting=csv.QUOTE_NONNUMERIC)
t(['1, 2.5,-3'], quoting=csv.QUOTE_NONNUMERIC)
t(['a\\'], escapechar='\\')
t(['a\\', 'b'], escapechar='\\')
t(['a\\\rb', 'c'], escapechar='\\')
old = csv.field_size_limit(5)
t(['abcde,f'])
t(['abcdef'])
t(['ab,"abcdef"'])
print(old, csv.field_size_limit(old), csv.field_size_limit())
for bad in ['a', 1.5]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    csv.reader(3)
except TypeError as e:
    print(type(e).__name__, e)
