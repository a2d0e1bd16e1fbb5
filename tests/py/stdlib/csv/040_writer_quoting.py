# Every quoting mode, escapechar and doublequote on the writer side.
import csv, io
from decimal import Decimal
def t(row, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        r = w.writerow(row)
        print(repr(s.getvalue()), r)
    except Exception as e:
        print(repr(s.getvalue()), type(e).__name__, e)
t(['a', '', None, 1, 1.5, True, Decimal('1.1'), 1j], quoting=csv.QUOTE_NONNUMERIC)
t(['a', '', None, 1], quoting=csv.QUOTE_ALL)
t(['a', 'b c'], quoting=csv.QUOTE_MINIMAL)
t(['a,b'], quoting=csv.QUOTE_NONE)
t([''], quoting=csv.QUOTE_NONE)
t(['a,b"c\\d\ne'], quoting=csv.QUOTE_NONE, escapechar='\\')
t(['a,b"c\\d\ne'], escapechar='\\')
t(['a"b'], doublequote=False)
t(['a"b'], doublequote=False, escapechar='\\')
t(['a\\b'], escapechar='\\')
t(['x'], quotechar=None)
t(['x,y'], quotechar=None)
t(['a', 'b'], dialect='unix')
