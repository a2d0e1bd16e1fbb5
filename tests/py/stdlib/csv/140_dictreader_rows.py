# DictReader: short and long rows, blank lines, fieldnames given, set,
# empty input, bad rows from a replaced reader.
import csv
import io

text = "a,b,c\n\n1,2\n3,4,5,6,7\n\n\n8,9,10\n"
r = csv.DictReader(io.StringIO(text), restkey="more", restval="-")
print(r.fieldnames, r.line_num)
for d in r:
    print(r.line_num, d)

r = csv.DictReader(io.StringIO("1,2\n3\n"), fieldnames=["x", "y"])
print(list(r))
r = csv.DictReader(io.StringIO("1,2\n3\n"))
r.fieldnames = ["p", "q", "r"]
print(list(r), r.line_num)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO("k,k,j\n1,2,3\n"))
print(list(r))
print(next(csv.DictReader(["a;b", "1;2"], delimiter=";")))

r = csv.DictReader(io.StringIO("a,b\n1,2\n"))
r.reader = iter([["a", "b"], 5])
try:
    list(r)
except Exception as e:
    print(type(e).__name__, e)
r = csv.DictReader(io.StringIO("a,b\n1,2\n"), fieldnames=[["un", "hashable"], "b"])
try:
    list(r)
except Exception as e:
    print(type(e).__name__, e)
r = csv.DictReader(io.StringIO("a,b\n"))
try:
    next(r)
except StopIteration as e:
    print("StopIteration", r.line_num, r.fieldnames)
r = csv.DictReader(io.StringIO("a\n1\n"))
r.reader = 42
try:
    next(r)
except Exception as e:
    print(type(e).__name__, e)
