# read() of several files (missing ones skipped), read_file with a source.
import configparser, os, tempfile
with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, 'a.ini')
    b = os.path.join(d, 'b.ini')
    with open(a, 'w') as f:
        f.write('[main]\nx = 1\n')
    with open(b, 'w') as f:
        f.write('[main]\ny = 2\n[other]\nz = 3\n')
    c = configparser.ConfigParser()
    got = c.read([a, os.path.join(d, 'missing.ini'), b])
    print([os.path.basename(p) for p in got])
    print(dict(c['main']), c.sections())
    with open(a) as f:
        c2 = configparser.ConfigParser()
        c2.read_file(f, source='given')
    print(c2.sections())
    with open(b, 'w') as f:
        f.write('[bad\n')
    try:
        configparser.ConfigParser().read(b)
    except configparser.MissingSectionHeaderError as e:
        print(type(e).__name__, e.lineno, repr(e.line))
c3 = configparser.ConfigParser()
c3.read_file(['[s]\n', 'k = v\n'], source='lines')
print(c3.get('s', 'k'))
try:
    c3.read_file(['[s]\n'], source='again')
except configparser.DuplicateSectionError as e:
    print(type(e).__name__, e)
