# Files in a temporary directory, a round trip, and the Sniffer.
import csv, os, tempfile
rows = [['id', 'text', 'value'], ['1', 'plain', '1.5'], ['2', 'with, comma', '2'],
        ['3', 'say "hi"', '-3'], ['4', 'two\nlines', '4e3'], ['5', '', '0']]
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'data.csv')
    with open(p, 'w', newline='') as f:
        csv.writer(f).writerows(rows)
    with open(p, newline='') as f:
        back = list(csv.reader(f))
    print(back == rows, len(back))
    with open(p, 'rb') as f:
        print(f.read()[:40])
s = csv.Sniffer()
for sample in ['a;b;c\n1;2;3\n4;5;6\n', 'x\ty\n1\t2\n', '"a","b"\n"1","2"\n', "name, age\n'ann', 3\n'bob', 4\n"]:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace)
print(s.has_header('name,age\nann,30\nbob,25\n'), s.has_header('1,2\n3,4\n5,6\n'))
try:
    s.sniff('abc')
except csv.Error as e:
    print(type(e).__name__, e)
print(s.sniff('a|b|c\n1|2|3\n', delimiters='|').delimiter)
