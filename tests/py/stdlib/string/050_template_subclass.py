from string import Template
class Percent(Template):
    delimiter = '%'
t = Percent('%who owes %{amount} %% of $x')
print(t.substitute(who='Ann', amount=5))
print(t.get_identifiers())
class Exact(Template):
    flags = 0          # case-sensitive: only lower-case identifiers
print(Exact('$abcDEF $_x').safe_substitute(abc='#', _x='!'))
print(Template('$abcDEF').safe_substitute(abcDEF='all'))
class Long(Template):
    delimiter = '<<'
print(Long('<<a <<<<b <<{c} <<').safe_substitute(a=1, b=2, c=3))
try:
    Long('x <<').substitute()
except ValueError as e:
    print(type(e).__name__, e)
class Sub(Percent):
    pass
print(Sub('%a%%').substitute(a='A'))
print(Template.delimiter, Percent.delimiter, Sub.delimiter)
print(Template.idpattern, Template.braceidpattern)
print(int(Template.flags))
class Dollar(Template):
    delimiter = '$$'
print(Dollar('$$a $$$$ $b').safe_substitute(a=1, b=2))
