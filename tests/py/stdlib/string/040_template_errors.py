from string import Template
cases = ['abcd$', '$', 'a $ b', 'line1\nline2 $!', 'x\r\ny\n\n  $ ', '${',
         '${a', '${1}', '${a b}', '$ $a', '\n$', '$$$', '${}']
for s in cases:
    t = Template(s)
    try:
        print(repr(s), repr(t.substitute(a=1)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
    print('  safe:', repr(t.safe_substitute(a=1)), 'valid:', t.is_valid())
    print('  ids:', t.get_identifiers())
print(Template('$a $b ${a} $c $$d').get_identifiers())
print(Template('').get_identifiers(), Template('').is_valid())
try:
    Template('$a').substitute({'b': 1})
except KeyError as e:
    print(type(e).__name__, e)
for value in [5, None]:
    try:
        Template(value).substitute()
    except TypeError as e:
        print(type(e).__name__, e)
