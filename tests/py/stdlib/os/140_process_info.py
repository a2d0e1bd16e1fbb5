import os
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(all(isinstance(f(), int) for f in (os.getuid, os.geteuid, os.getgid, os.getegid, os.getpgrp)))
print(isinstance(os.getgroups(), list))
n = os.cpu_count()
print(n is None or n >= 1)
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(99999))
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], u.machine == u[4], u.sysname)
print([f for f in type(u).__match_args__])
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user == t[0])
print(len(os.getloadavg()), all(isinstance(x, float) for x in os.getloadavg()))
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts), type(ts).__module__)
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.get_terminal_size(9999)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.close(r)
os.close(w)
old = os.umask(0o022)
print(os.umask(old) == 0o022)
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))
print(os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9))
print(os.device_encoding(9999))
