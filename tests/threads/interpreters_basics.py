from concurrent import interpreters
import concurrent.interpreters as ci
print(ci is interpreters)
a = interpreters.create()
print(a, interpreters.list_all(), interpreters.get_current())
a.exec("x = 6 * 7\nprint('in sub:', x)")
a.exec("print('x is still', x)")
def f(n, k=2):
    return (n ** k, 'done')
print(a.call(f, 12))
print(a.call(f, 3, k=3))
try:
    a.exec("1/0")
except interpreters.ExecutionFailed as e:
    print("failed:", e, "|", e.excinfo.type_name)
try:
    a.call(f, [1])
except interpreters.NotShareableError as e:
    print("NotShareableError")
q = interpreters.create_queue()
a.prepare_main(q=q, n=5)
a.exec("for i in range(n): q.put(i * i)")
print([q.get() for _ in range(5)])
try:
    q.get(timeout=0.05)
except interpreters.QueueEmpty:
    print("empty")
import queue
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty too")
a.close()
print(interpreters.list_all())
try:
    a.exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print("closed:", e)
