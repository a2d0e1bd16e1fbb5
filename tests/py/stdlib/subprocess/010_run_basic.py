import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
print(repr(subprocess.run(['true'])))
print(subprocess.run(['sh', '-c', 'exit 3']))
print(subprocess.run(['false']).returncode)
print(subprocess.run(['true'], stdout=subprocess.PIPE))
print(subprocess.run(['sh', '-c', 'echo err >&2'], stderr=subprocess.PIPE))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))
