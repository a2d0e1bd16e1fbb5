import os
import subprocess

print(subprocess.run('echo $((6 * 7))', shell=True, capture_output=True).stdout)
print(subprocess.run(['echo $0 $1', 'zero', 'one'], shell=True, stdout=subprocess.PIPE).stdout)
r = subprocess.run(['sh', '-c', 'echo "$FOO-$BAR"'], env={'FOO': 'foo', 'BAR': 'b r'},
                   capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'echo "[$HOME_X]"'], env={}, capture_output=True, text=True)
print(r.stdout.strip())
print(subprocess.run(['pwd'], cwd='/', stdout=subprocess.PIPE).stdout)
print(subprocess.run(['pwd'], cwd=b'/usr', stdout=subprocess.PIPE).stdout)
r = subprocess.run('echo shell-exe', shell=True, executable='/bin/sh', capture_output=True)
print(r.stdout)
r = subprocess.run(['ignored', '-c', 'echo $0'], executable='/bin/sh', capture_output=True)
print(r.stdout)
try:
    subprocess.run(['true'], env={'A=B': '1'})
except ValueError as e:
    print(type(e).__name__, e)
os.environ['KAA_SUB_TEST'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $KAA_SUB_TEST'], capture_output=True).stdout)
