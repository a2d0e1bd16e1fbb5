import os
start = os.getcwd()
base = '/tmp/kaa_os_150_%d' % os.getpid()
os.mkdir(base)
try:
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), os.getcwdb() == os.getcwd().encode())
    os.mkdir('rel')
    os.chdir('rel')
    print(os.path.basename(os.getcwd()))
    os.chdir('..')
    print(os.path.basename(os.getcwd()) == os.path.basename(base))
    fd = os.open('f', os.O_WRONLY | os.O_CREAT)
    os.close(fd)
    print(sorted(os.listdir()), sorted(os.listdir('.')), sorted(os.listdir(None)))
    print(os.path.abspath('f') == os.path.join(os.getcwd(), 'f'))
    try:
        os.chdir('missing')
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        os.chdir('f')
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    fd = os.open('rel', os.O_RDONLY)
    os.chdir(fd)
    print(os.path.basename(os.getcwd()))
    os.close(fd)
    os.chdir(base.encode())
    os.remove('f')
    os.rmdir('rel')
finally:
    os.chdir(start)
    os.rmdir(base)
print(os.getcwd() == start)
