import subprocess

# Large outputs on two pipes at once, and large input: no deadlock.
p = subprocess.Popen(['sh', '-c', 'head -c 1000000 /dev/zero; head -c 700000 /dev/zero >&2'],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err), p.returncode)
data = bytes(range(256)) * 8000
r = subprocess.run(['cat'], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data)
r = subprocess.run(['wc', '-c'], input=data, capture_output=True)
print(r.stdout.strip())
# The child stops reading early: the rest of the input is dropped quietly.
r = subprocess.run(['head', '-c', '10'], input=data, capture_output=True)
print(r.stdout, r.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'x'))
try:
    p.communicate(b'y')
except ValueError as e:
    print(type(e).__name__, e)
print(p.communicate())
