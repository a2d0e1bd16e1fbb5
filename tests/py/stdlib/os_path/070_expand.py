import os
import os.path as p
os.environ['HOME'] = '/home/kaa'
os.environ['KAA_V'] = 'val'
os.environ['KAA_E'] = ''
for s in ['~', '~/x', '~x', 'a/~', '', '~/', '/~', b'~/y']:
    print(repr(s), repr(p.expanduser(s)))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/a'))
os.environ['HOME'] = '/home/kaa/'
print(p.expanduser('~/b'))
for s in ['$KAA_V', '${KAA_V}', '$KAA_V/x', 'a$KAA_V.b', '$KAA_NOPE', '${KAA_NOPE}', '$', '$$', '${', '${KAA_V',
          '$KAA_E-', 'x$', '$1', '$KAA_V$KAA_V', 'no vars', '$ {KAA_V}', b'$KAA_V/b', b'${KAA_NOPE}', '$KAA_V_', '${KAA_V}_']:
    print(repr(s), repr(p.expandvars(s)))
for f in (p.expanduser, p.expandvars):
    try:
        f(1)
    except TypeError as e:
        print(e)
