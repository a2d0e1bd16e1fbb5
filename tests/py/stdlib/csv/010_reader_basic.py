# csv.reader on lists of lines: quoting, blank lines, line_num, dialect.
import csv
r = csv.reader(['a,b,c\r\n', '1,"2,x",3\n', '\n', '"q""uote",,\n'])
for row in r:
    print(row, r.line_num)
print(r.line_num, r.dialect.delimiter, r.dialect.quoting, type(r).__name__)
print(list(csv.reader(['"multi\n', 'line",x'])))
print(list(csv.reader(['a;b;c'], delimiter=';')))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['a"b,"c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\0b'])), list(csv.reader([])))
