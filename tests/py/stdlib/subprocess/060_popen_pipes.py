import subprocess

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'one\ntwo\n')
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      text=True) as p:
    p.stdin.write('x\ny\n')
    p.stdin.flush()
    print(repr(p.stdout.readline()))
    p.stdin.close()
    print(list(p.stdout))
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
print(p.communicate())
print(p.returncode, p.poll(), p.wait())
p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT)
out, err = p.communicate()
print(sorted(out.split()), err)
p = subprocess.Popen(['true'])
print(p.stdin, p.stdout, p.stderr, p.wait())
print(repr(p))
