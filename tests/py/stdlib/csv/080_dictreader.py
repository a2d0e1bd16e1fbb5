# DictReader: fieldnames from the first row or given, restkey, restval.
import csv, io
text = 'name,age\r\nann,30\r\n\r\nbob,25,extra,more\r\ncid\r\n'
r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames, r.line_num)
for d in r:
    print(d, r.line_num)
r = csv.DictReader(io.StringIO(text, newline=''), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(['1;2;3'], fieldnames=['a', 'b'], delimiter=';')
print(list(r), r.fieldnames)
r = csv.DictReader([])
print(r.fieldnames, list(r))
r = csv.DictReader(['x,y', '1,2'], dialect='excel', quoting=csv.QUOTE_NONNUMERIC)
try:
    print(list(r))
except ValueError as e:
    print(type(e).__name__, e)
