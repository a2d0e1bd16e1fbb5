from string import Template
t = Template('$who likes $what')
print(t.template)
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'tim', 'what': 'ham'}))
print(t.substitute({'who': 'tim', 'what': 'ham'}, what='eggs'))
print(Template('${noun}ification costs $$10').substitute(noun='Bat'))
print(Template('$a$b ${a}${b} $$a $$$a').substitute(a=1, b=[2]))
print(Template('$_x $x_1 $X').substitute(_x='u', x_1='d', X='up'))
print(Template('no placeholders').substitute())
print(Template('$1 ${2}').safe_substitute())
try:
    t.substitute(who='tim')
except KeyError as e:
    print(type(e).__name__, e)
print(t.safe_substitute(who='tim'))
print(Template('${missing} $missing $').safe_substitute())
print(Template('$who').substitute({'who': 'a'}, who='b'))
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print(Template('$abc ${de}').substitute(Lookup()))
print(Template('$abc ${de}').safe_substitute(Lookup(), abc=1))
try:
    Template('$x').substitute({}, {})
except TypeError as e:
    print(type(e).__name__)
