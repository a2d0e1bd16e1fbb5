# DictWriter: header, restval, extrasaction raise/ignore, return values.
import csv, io
s = io.StringIO()
w = csv.DictWriter(s, ['id', 'name', 'note'], restval='-')
print(w.writeheader())
print(w.writerow({'id': 1, 'name': 'a,b'}))
print(w.writerows([{'id': 2, 'note': 'x'}, {'name': 'q"q'}]))
try:
    w.writerow({'id': 3, 'bad': 1})
except ValueError as e:
    print(type(e).__name__, e)
w = csv.DictWriter(s, ['id'], extrasaction='ignore', lineterminator='\n')
w.writerow({'id': 4, 'other': 5})
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ['a'], extrasaction='maybe')
except ValueError as e:
    print(type(e).__name__, e)
w = csv.DictWriter(s, ['a'], extrasaction='IGNORE')
print(w.extrasaction)
