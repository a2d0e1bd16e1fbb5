# csv.reader on fields long and short, quoted across lines, with escapes,
# doubled quotes, non-ASCII text and delimiters, the field size limit
# reached inside a run of ordinary characters, QUOTE_NONNUMERIC floats.
import csv

lines = [
    'plain,caf\u00e9 au lait,"quoted, with comma","two\n',
    'lines",end\r\n',
    '"say ""hi""",x""y,"",\n',
    'a\\,b,"c\\"d",e\\\n',
    'f\n',
]
print(list(csv.reader(lines)))
print(list(csv.reader(lines, escapechar='\\')))
print(list(csv.reader(lines, escapechar='\\', doublequote=False)))
print(list(csv.reader(lines, quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['\u00e9\u00e8\u00a7x\u00a7"y\u00a7z"\u00a7'], delimiter='\u00a7')))
print(list(csv.reader(['a\tb c\t"d\te"'], dialect='excel-tab')))
print(list(csv.reader(['x,"unterminated'])))
try:
    print(list(csv.reader(['"a"b,c'], strict=True)))
except csv.Error as e:
    print(type(e).__name__, e)
old = csv.field_size_limit(10)
for text in ['0123456789,x', '01234567890,x', '"0123456789",x', '"0123\n', '456789a",x',
             'x' * 9 + '\u00e9,y', 'ab\\' + 'c' * 9]:
    try:
        print(list(csv.reader([text], escapechar='\\')))
    except csv.Error as e:
        print(type(e).__name__, e)
try:
    print(list(csv.reader(['"0123\n', '456789a",x'])))
except csv.Error as e:
    print(type(e).__name__, e)
csv.field_size_limit(old)
rows = list(csv.reader(['1.5,"a",2e3, 7 ,-0,inf,"1"\n'], quoting=csv.QUOTE_NONNUMERIC))
print(rows)
for bad in ['1,x', '1_000,2', ',']:
    try:
        print(list(csv.reader([bad], quoting=csv.QUOTE_NONNUMERIC)))
    except ValueError as e:
        print(type(e).__name__, e)
