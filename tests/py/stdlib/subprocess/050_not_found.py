import subprocess

for args in (['nonexistent-cmd'], [b'nonexistent-cmd'], ['/nonexistent/prog'],
             'nonexistent-cmd arg'):
    try:
        subprocess.run(args)
    except OSError as e:
        print(type(e).__name__, e, repr(e.filename), e.errno)
try:
    subprocess.run(['/etc/passwd'])
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['/'])
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['true'], cwd='/nonexistent-dir')
except OSError as e:
    print(type(e).__name__, e, repr(e.filename))
try:
    subprocess.run(['true'], cwd='/etc/passwd')
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['ls'], executable='nope')
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.check_output(['nonexistent-cmd'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
