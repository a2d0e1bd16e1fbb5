import platform
import sys
v = platform.python_version()
print(v == '%d.%d.%d' % sys.version_info[:3], v.startswith('3.11.'))
t = platform.python_version_tuple()
print(type(t).__name__, len(t), all(isinstance(x, str) for x in t), t[:2])
print(platform.python_implementation() in ('CPython', 'Kaa'))
b = platform.python_build()
print(type(b).__name__, len(b), all(isinstance(x, str) for x in b))
print(isinstance(platform.python_compiler(), str), platform.python_branch() == '' or isinstance(platform.python_branch(), str))
print(isinstance(platform.python_revision(), str))
