import os
import platform
u = platform.uname()
print(type(u).__name__, len(u), u._fields)
o = os.uname()
print(u.system == o.sysname, u.node == o.nodename, u.release == o.release, u.version == o.version, u.machine == o.machine)
print(u[0] == u.system, u[-1] == u.processor, tuple(u)[:5] == tuple(o))
print(repr(u).startswith("uname_result(system='"), 'processor' in repr(u))
print(platform.system() == o.sysname, platform.node() == o.nodename, platform.release() == o.release)
print(platform.version() == o.version, platform.machine() == o.machine, isinstance(platform.processor(), str))
print(platform.uname() is platform.uname())
