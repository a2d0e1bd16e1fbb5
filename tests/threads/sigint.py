# Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread while it waits
# in join, in sleep, or runs a loop; the test sends the signal after each line.
import threading, time

ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True)
t.start()
print("waiting in join", flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt in join; waiting in sleep", flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep; looping", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in a loop", flush=True)
