import platform
s = platform.platform()
u = platform.uname()
print(type(s).__name__, s.startswith(u.system + '-' + u.release.replace(' ', '_')))
print(platform.platform() == s, platform.platform(aliased=True) == s)
print(u.machine in s, ' ' not in s, '--' not in s, s.endswith('-'))
if u.system == 'Linux':
    lib, ver = platform.libc_ver()
    print(s.endswith('-with-' + lib + ver), lib)
print(platform.platform(terse=True) == s or platform.platform(terse=True).startswith(u.system))
