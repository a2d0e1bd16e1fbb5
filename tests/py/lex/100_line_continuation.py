total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,   # comment inside brackets
    3,
]
print(values)
d = {
  'a': 1,
      'b': 2}
print(d)
r = (1
     + 2
  * 3)
print(r)
if (total > 5 and
        r == 7):
    print("ok")
s = ("abc"
     "def")
print(s)
