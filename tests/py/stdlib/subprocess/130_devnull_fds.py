import os
import subprocess
import sys

r = subprocess.run(['sh', '-c', 'echo hidden; echo shown >&2'],
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
r, w = os.pipe()
subprocess.run(['echo', 'through a pipe'], stdout=w)
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.dup2(w, 7)
p = subprocess.run(['sh', '-c', 'echo kept >&7'], pass_fds=(7,), stderr=subprocess.DEVNULL)
os.close(7)
os.close(w)
print(os.read(r, 100), p.returncode)
os.close(r)
sys.stdout.flush()
print(subprocess.run(['sh', '-c', 'echo inherited'], stdout=None).returncode)
