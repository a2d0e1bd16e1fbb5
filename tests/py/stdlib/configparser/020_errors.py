# Parsing errors and lookup errors, with CPython's messages and args.
import configparser as cp
for txt in ["[a]\nx=1\n[a]\n", "[a]\nx=1\nx=2\n", "x=1\n", "[a]\nfoo\n", "[a]\nfoo\n  =\nbar\n", "[a\nx=1"]:
    try:
        c = cp.ConfigParser()
        c.read_string(txt)
    except cp.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
c = cp.ConfigParser(strict=False)
c.read_string("[a]\nx=1\nx=2\n[a]\ny=3\n")
print(c.items('a'))
c = cp.ConfigParser()
c.read_string("[s]\nb=yes\nn=5\n")
for f in [lambda: c.get('zz', 'a'), lambda: c.get('s', 'zz'), lambda: c.getint('s', 'b'),
          lambda: c.getboolean('s', 'n'), lambda: c.add_section('s'), lambda: c.add_section('DEFAULT'),
          lambda: c.add_section(3), lambda: c.set('s', 'x', 1), lambda: c.set('zz', 'x', '1'),
          lambda: c.set('s', 'x', '%('), lambda: c['s']['zz'], lambda: c['zz'], lambda: c.options('zz'),
          lambda: c.items('zz'), lambda: c.remove_option('zz', 'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
