import subprocess

try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 5'], check=True,
                   capture_output=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.stdout, e.stderr, e.output)
r = subprocess.run(['sh', '-c', 'exit 2'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(repr(e))
print(subprocess.run(['true']).check_returncode())
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(issubclass(subprocess.SubprocessError, Exception))
