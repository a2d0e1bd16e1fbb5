# csv.writer field by field: plain fields, fields holding the delimiter,
# quote, escape or line terminator characters, non-ASCII dialects, every
# quoting mode, the single empty field.
import csv
import io

fields = ['plain', 'caf\u00e9', 'a,b', 'q"q', 'nl\nx', 'cr\rx', 'esc\\x', '', None, 3, 2.5,
          'tab\tx', 'semi;x', 'X marks']
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=quoting).writerow(fields)
    print(quoting, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(fields)
print(repr(s.getvalue()))
for kw in [dict(delimiter=';'), dict(delimiter='\t'), dict(lineterminator='X'),
           dict(quotechar="'"), dict(delimiter='\u00a7', quotechar='\u00ab'),
           dict(escapechar='\\', doublequote=False), dict(lineterminator='\u2028')]:
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerow(fields + ["it's", 'a\u00a7b', '\u00abq', 'l\u2028s'])
        print(kw, repr(s.getvalue()))
    except csv.Error as e:
        print(kw, type(e).__name__, e)
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE)
for row in [['ok', 'fine'], ['needs,escape'], ['']]:
    try:
        w.writerow(row)
    except csv.Error as e:
        print(type(e).__name__, e)
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s)
w.writerows([[''], ['', ''], [None], []])
print(repr(s.getvalue()))
