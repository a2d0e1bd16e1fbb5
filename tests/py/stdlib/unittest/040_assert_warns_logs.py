import logging
import unittest
import warnings

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def chk(f, *a, **k):
    try:
        f(*a, **k)
        print("passed")
    except AssertionError as e:
        print("AssertionError", repr(str(e)))

def w():
    warnings.warn("careful now", UserWarning)

chk(t.assertWarns, UserWarning, w)
chk(t.assertWarns, DeprecationWarning, w)
chk(t.assertWarnsRegex, UserWarning, "careful", w)
chk(t.assertWarnsRegex, UserWarning, "xyz", w)
chk(t.assertWarns, UserWarning, lambda: None)
with t.assertWarns(UserWarning) as cm:
    w()
print(type(cm.warning).__name__, cm.warning)

with t.assertLogs('foo', level='INFO') as cm:
    logging.getLogger('foo').info('first message')
    logging.getLogger('foo.bar').error('second message')
print(cm.output)
print([r.getMessage() for r in cm.records])

def nolog():
    with t.assertLogs('foo'):
        logging.getLogger('foo').debug('too low')
chk(nolog)

def nolog2():
    with t.assertNoLogs('foo'):
        logging.getLogger('foo').warning('x')
chk(nolog2)

def nolog3():
    with t.assertNoLogs('foo', level='ERROR'):
        logging.getLogger('foo').warning('x')
chk(nolog3)

with t.assertLogs() as cm:
    logging.getLogger().warning('root %d', 5)
print(cm.output)
