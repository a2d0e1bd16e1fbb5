import signal
import subprocess

print(subprocess.run(['sh', '-c', 'kill -9 $$']).returncode)
print(subprocess.run(['sh', '-c', 'kill -TERM $$']))
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGINT)
print(p.wait())
p.send_signal(signal.SIGKILL)  # already ended: nothing happens
p.kill()
print(p.returncode)
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
