# The mapping protocol: parser[section], SectionProxy get/set/del/len/iter.
import configparser
c = configparser.ConfigParser(defaults={'shared': 'yes', 'n': 3})
c.read_dict({'app': {'name': 'demo', 'count': 3}, 'db': {'host': 'h'}}, source='<d>')
print(list(c), len(c), 'app' in c, 'DEFAULT' in c, 'zz' in c)
app = c['app']
print(repr(app), app.name, app.parser is c)
print(app['name'], app.getint('count'), app.getboolean('shared'), app.get('missing'), app.get('missing', 'fb'))
print(sorted(app), len(app), 'name' in app, 'NAME' in app)
app['new'] = 'v'
del app['name']
print(dict(app))
try:
    del app['shared']
except KeyError as e:
    print('KeyError', e)
try:
    app['bad'] = 3
except TypeError as e:
    print(type(e).__name__, e)
c['db'] = {'port': '5432'}
print(dict(c['db']))
del c['db']
print(c.sections(), c.remove_section('db'), c.remove_option('app', 'new'), c.remove_option('app', 'new'))
try:
    del c['DEFAULT']
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.read_dict({'x': {'a': 1, 'A': 2}})
except configparser.Error as e:
    print(type(e).__name__, e)
print(dict(c['DEFAULT']))
