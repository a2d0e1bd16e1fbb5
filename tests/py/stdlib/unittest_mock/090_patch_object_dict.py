from unittest.mock import patch, MagicMock

class Config:
    level = 1
    def compute(self):
        return 'real'

c = Config()
with patch.object(Config, 'compute', return_value='mocked') as m:
    print(c.compute(), m.call_count)
print(c.compute())
with patch.object(Config, 'level', 99):
    print(Config.level)
print(Config.level)
with patch.object(c, 'level', 5):
    print(c.level, Config.level)
print(c.level, 'level' in c.__dict__)

@patch.object(Config, 'level', 3)
def uses():
    return Config.level
print(uses(), Config.level)
try:
    patch.object('Config', 'level')
except TypeError as e:
    print('TypeError', e)

d = {'a': 1, 'b': 2}
with patch.dict(d, {'b': 20, 'c': 30}):
    print(sorted(d.items()))
print(sorted(d.items()))
with patch.dict(d, clear=True, z=0) as same:
    print(d, same is d)
print(sorted(d.items()))

@patch.dict(d, {'a': 'deco'})
def read():
    return d['a']
print(read(), d['a'])
pd = patch.dict(d, q=1)
pd.start()
print('q' in d)
pd.stop()
print('q' in d)
import os
with patch.dict('os.environ', {'KAA_MOCK_TEST': 'yes'}):
    print(os.environ['KAA_MOCK_TEST'])
print('KAA_MOCK_TEST' in os.environ)
try:
    with patch.dict(d, {'a': 5}):
        raise ValueError('boom')
except ValueError:
    print(sorted(d.items()))
