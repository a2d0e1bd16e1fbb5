import subprocess
import time

start = time.monotonic()
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
print(time.monotonic() - start < 3)
p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'echo start; exec sleep 5'], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('communicate', e)
p.kill()
print(p.communicate())
print(p.returncode)
try:
    subprocess.check_output(['sh', '-c', 'exec sleep 5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(time.monotonic() - start < 4)
