# adversarial: self-referential containers print as [...] and {...}
# cli: ValueError
# embedded: ValueError
l = []
l.append(l)
d = {}
d[1] = d
assert repr(l) == '[[...]]' and repr(d) == '{1: {...}}'
assert l == l
raise ValueError(repr([l, d]))
