# threading.settrace: threads started afterwards trace with the function.
import sys
import threading

seen = []


def tracer(frame, event, arg):
    if event == "call":
        seen.append(frame.f_code.co_name)
    return None


def work():
    return sum(range(3))


threading.settrace(tracer)
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)
print("work" in seen, threading.gettrace())
print(sys.gettrace())
