# Dialect validation messages, registry, field_size_limit arguments.
import csv, io
cases = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
 dict(quotechar=''), dict(quotechar='ab'), dict(quotechar=1), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE),
 dict(escapechar=''), dict(escapechar='ab'), dict(escapechar=1), dict(escapechar=None),
 dict(lineterminator=1), dict(lineterminator=None), dict(lineterminator=''),
 dict(quoting=7), dict(quoting='a'), dict(quoting=None), dict(quoting=1.0),
 dict(doublequote=0), dict(skipinitialspace='x'), dict(strict=[]), dict(bogus=1),
 dict(delimiter='\n'), dict(delimiter=' ', skipinitialspace=True), dict(quotechar='\r'), dict(escapechar='\n'),
 dict(delimiter=',', quotechar=','), dict(delimiter=',', escapechar=','), dict(quotechar='"', escapechar='"'),
]
for c in cases:
    try:
        r = csv.reader([], **c)
        d = r.dialect
        print(c, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e:
        print(c, type(e).__name__, e)
for c in [dict(dialect='nope'), dict(dialect=3)]:
    try: csv.reader([], **c)
    except Exception as e: print(c, type(e).__name__, e)
try: csv.reader()
except Exception as e: print(type(e).__name__, e)
try: csv.reader(3)
except Exception as e: print(type(e).__name__, e)
try: csv.writer(3)
except Exception as e: print(type(e).__name__, e)
try: csv.reader([], 'excel', 'x')
except Exception as e: print(type(e).__name__, e)
d = csv.get_dialect('excel'); print(type(d), d.__class__.__name__)
try: d.delimiter = ';'
except Exception as e: print(type(e).__name__, e)
print(csv.reader([]).dialect.__class__, type(csv.reader([])), type(csv.writer(io.StringIO())))
print(csv.list_dialects())
try: csv.get_dialect('x')
except Exception as e: print(type(e).__name__, e)
try: csv.unregister_dialect('x')
except Exception as e: print(type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try: csv.field_size_limit('a')
except Exception as e: print(type(e).__name__, e)
try: csv.field_size_limit(1,2)
except Exception as e: print(type(e).__name__, e)
class D(csv.Dialect): delimiter=';'
try: D()
except Exception as e: print(type(e).__name__, e)
try: csv.Dialect()
except Exception as e: print(type(e).__name__, e)
class E(csv.excel): delimiter='xx'
try: E()
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect('a', delimiter='xx')
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect(1)
except Exception as e: print(type(e).__name__, e)
csv.register_dialect('semi', csv.excel, delimiter=';'); print(csv.get_dialect('semi').delimiter, type(csv.get_dialect('semi')))
print(csv.Error.__module__, csv.reader.__module__ if hasattr(csv.reader,'__module__') else '')
print(repr(csv.excel().lineterminator), csv.excel_tab.delimiter, csv.unix_dialect.quoting)
