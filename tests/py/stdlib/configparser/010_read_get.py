# read_string, sections/options/get, types, fallback, defaults.
import configparser
c = configparser.ConfigParser()
c.read_string("""
# a comment
[DEFAULT]
base = /srv
debug = no

[server]
Host = example.org
port: 8080
ratio = 0.25
path = %(base)s/www
multi = first
    second

    third
; another comment
[empty]
""")
print(c.sections(), c.defaults())
print(c.options('server'))
print(c.get('server', 'host'), c.get('server', 'HOST'), c.getint('server', 'port'))
print(c.getfloat('server', 'ratio'), c.getboolean('server', 'debug'))
print(repr(c.get('server', 'multi')), c.get('server', 'path'), c.get('server', 'path', raw=True))
print(c.get('server', 'nope', fallback='fb'), c.getint('nosect', 'x', fallback=7))
print(c.get('server', 'path', vars={'base': '/v'}))
print(c.has_section('server'), c.has_section('DEFAULT'), c.has_option('server', 'base'), c.has_option('empty', 'debug'), c.has_option('x', 'y'))
print(c.items('server'))
print(c.items('empty'))
for s, p in c.items():
    print(s, repr(p))
