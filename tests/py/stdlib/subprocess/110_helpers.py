import subprocess

print(subprocess.call(['true']), subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(args=['false'])
except subprocess.CalledProcessError as e:
    print(e.cmd, e.returncode)
print(subprocess.check_output(['echo', 'out']))
print(repr(subprocess.check_output(['echo', 'text'], text=True)))
print(subprocess.check_output(['cat'], input=b'fed'))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.check_output('echo err 1>&2', shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.getoutput('echo a; echo b >&2'))
print(subprocess.getstatusoutput('echo x; exit 4'))
print(subprocess.getstatusoutput('printf "no newline"'))
print(subprocess.getstatusoutput('true'))
