import shlex

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'a;b', 'x*',
          '-flag=1,2:3@%+./', 'tab\there', 'new\nline', 'é', "''"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(shlex.join([]))
print(shlex.split(shlex.join(['a b', 'c', '', "d'e"])))
try:
    shlex.quote(5)
except TypeError as e:
    print(type(e).__name__)
