# Writer errors: non-iterable rows, failing fields, missing write method.
import csv, io
s = io.StringIO()
w = csv.writer(s)
class B:
    def __str__(self):
        raise ValueError('no str')
def g():
    yield 'a'
    raise KeyError('k')
for row in [3, [B()], g()]:
    try:
        w.writerow(row)
    except Exception as e:
        print(type(e).__name__, e)
for rows in [3, [3]]:
    try:
        w.writerows(rows)
    except Exception as e:
        print(type(e).__name__, e)
try:
    w.writerow()
except TypeError as e:
    print(type(e).__name__, e)
for f in [3, None]:
    try:
        csv.writer(f)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    csv.writer(s, quoting=csv.QUOTE_ALL, quotechar=None)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(s.getvalue()))
class L(list):
    def write(self, text):
        self.append(text)
        return 'ret'
out = L()
print(csv.writer(out).writerow([1, 2]), out)
