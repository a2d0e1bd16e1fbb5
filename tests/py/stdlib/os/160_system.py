import os
status = os.system('exit 3')
print(os.waitstatus_to_exitcode(status), os.WEXITSTATUS(status))
print(os.waitstatus_to_exitcode(os.system('true')))
print(os.waitstatus_to_exitcode(os.system(b'exit 1')))
try:
    os.system(1)
except TypeError as e:
    print(e)
base = '/tmp/kaa_os_160_%d' % os.getpid()
os.system('mkdir ' + base)
print(os.path.isdir(base))
os.rmdir(base)
try:
    os.kill(os.getpid(), 0)
    print('signal 0 ok')
except OSError as e:
    print(e)
try:
    os.waitstatus_to_exitcode('x')
except TypeError as e:
    print(e)
