import pprint
import sys
ns_type = type(sys.implementation)
loop = ns_type()
loop.name = 'loop'
loop.me = loop
print(repr(loop))
loop.pad = 'padding ' * 10
pprint.pprint(loop)
print(pprint.saferepr(loop)[:40])
