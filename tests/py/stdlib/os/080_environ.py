import os
key = 'KAA_TEST_ENV_VAR'
print(key in os.environ, os.getenv(key), os.getenv(key, 'dflt'))
os.environ[key] = 'value1'
print(key in os.environ, os.environ[key], os.getenv(key), os.environ.get(key))
print(os.getenvb(key.encode()), os.environb[key.encode()])
os.environ[key] = 'value2'
print(os.environ[key], dict(os.environ)[key], os.environ.copy()[key])
print(type(os.environ.copy()).__name__, type(os.environ).__name__)
del os.environ[key]
print(key in os.environ)
try:
    os.environ[key]
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ[key]
except KeyError as e:
    print('KeyError', e)
for bad in [lambda: os.environ.__setitem__(key, 1), lambda: os.environ.__setitem__(1, 'x'),
            lambda: os.environ[1], lambda: os.getenv(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(os.environ.setdefault(key, 'sd'), os.environ.pop(key), key in os.environ)
os.environb[key.encode()] = b'bytes'
print(os.environ[key])
os.environ.update({key: 'upd'})
print(os.environ[key], os.environ.get('KAA_NOPE_NOPE'))
os.environ.pop(key)
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}) == os.defpath.split(os.pathsep))
try:
    os.putenv('a=b', 'c')
except ValueError as e:
    print('ValueError', e)
try:
    os.environ['x\0'] = 'v'
except ValueError as e:
    print('ValueError', e)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(repr(os.environ).startswith('environ({'))
