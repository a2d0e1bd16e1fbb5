"""Names that moved between Python 2 and Python 3, for pickle.

Pickles of protocols 0 to 2 may be read by Python 2, so ``pickle`` writes
Python 2's names for them (``REVERSE_*``), and it reads Python 2's names
back as today's (``IMPORT_MAPPING``, ``NAME_MAPPING``). Kaa keeps the
common entries: the built-in functions and types, the exceptions, and the
renamed modules of the standard library.
"""

# Python 2 module name -> Python 3 module name.
IMPORT_MAPPING = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'SocketServer': 'socketserver',
    'ConfigParser': 'configparser',
    'repr': 'reprlib',
    'tkFileDialog': 'tkinter.filedialog',
    'Tkinter': 'tkinter',
    'markupbase': '_markupbase',
    '_winreg': 'winreg',
    'thread': '_thread',
    'dummy_thread': '_dummy_thread',
    'cPickle': 'pickle',
    'cStringIO': 'io',
    'StringIO': 'io',
    'cProfile': 'profile',
    'httplib': 'http.client',
    'htmlentitydefs': 'html.entities',
    'HTMLParser': 'html.parser',
    'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar',
    'BaseHTTPServer': 'http.server',
    'SimpleHTTPServer': 'http.server',
    'CGIHTTPServer': 'http.server',
    'urlparse': 'urllib.parse',
    'robotparser': 'urllib.robotparser',
    'urllib2': 'urllib.request',
    'anydbm': 'dbm',
    'xmlrpclib': 'xmlrpc.client',
    'SimpleXMLRPCServer': 'xmlrpc.server',
    'DocXMLRPCServer': 'xmlrpc.server',
    'dbhash': 'dbm.bsd',
    'dumbdbm': 'dbm.dumb',
    'dbm': 'dbm.ndbm',
    'gdbm': 'dbm.gnu',
    'commands': 'subprocess',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    'whichdb': 'dbm',
    'StringIO': 'io',
    'cStringIO': 'io',
}

# Python 2 (module, name) -> Python 3 (module, name), where the name moved.
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'raw_input'): ('builtins', 'input'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'):
        ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'):
        ('multiprocessing.context', 'Process'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
}

# The exceptions of Python 2's ``exceptions`` module that Python 3 still
# has under the same name in ``builtins``.
PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
    "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning",
    "ReferenceError", "RuntimeError", "RuntimeWarning", "StopIteration",
    "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError",
)

for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)

# Python 3's subclasses of OSError (and ModuleNotFoundError) that Python 2
# did not have: written as their nearest Python 2 class.
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError',
)

# The reverse tables, for writing protocols 0 to 2.
REVERSE_IMPORT_MAPPING = {}
for _old, _new in IMPORT_MAPPING.items():
    if _new not in REVERSE_IMPORT_MAPPING and _old not in (
            'StringIO', 'cStringIO', 'cPickle', 'SimpleHTTPServer',
            'CGIHTTPServer', 'DocXMLRPCServer', 'UserDict', 'UserList',
            'UserString', 'whichdb', 'commands', 'anydbm', 'cProfile'):
        REVERSE_IMPORT_MAPPING[_new] = _old

REVERSE_NAME_MAPPING = {}
for _old, _new in NAME_MAPPING.items():
    if _old == ('exceptions', 'StandardError'):
        continue
    if _old[1] in ('EnvironmentError', 'IOError', 'basestring'):
        continue
    REVERSE_NAME_MAPPING.setdefault(_new, _old)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = (
    'exceptions', 'ImportError')
REVERSE_NAME_MAPPING[('builtins', 'EnvironmentError')] = (
    'exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'IOError')] = ('exceptions', 'OSError')

del _old, _new, _name
