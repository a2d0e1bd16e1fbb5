import subprocess

def attempt(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

attempt(subprocess.Popen, ['true'], bufsize='x')
attempt(subprocess.Popen, ['true'], startupinfo=1)
attempt(subprocess.Popen, ['true'], creationflags=1)
attempt(subprocess.Popen, ['true'], text=True, universal_newlines=False)
attempt(subprocess.run, ['true'], stdin=subprocess.PIPE, input=b'')
attempt(subprocess.run, ['true'], capture_output=True, stdout=subprocess.PIPE)
attempt(subprocess.run, ['true'], capture_output=True, stderr=subprocess.DEVNULL)
attempt(subprocess.check_output, ['true'], stdout=None)
attempt(subprocess.check_output, ['true'], check=False)
attempt(subprocess.run, [1])
attempt(subprocess.run, ['true'], env={1: '1'})
attempt(subprocess.run, ['tr\0ue'])
attempt(subprocess.run, 5)
attempt(subprocess.run, ['true'], stdout=object())
