import selectors
import socket
import threading

sel = selectors.DefaultSelector()
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, "accept")
port = srv.getsockname()[1]
replies = []

def client(n):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"msg %d" % n)
        replies.append(c.recv(100))

threads = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
served = 0
while served < 3:
    for key, events in sel.select(timeout=5):
        if key.data == "accept":
            conn, _ = srv.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "echo")
        else:
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data.upper())
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
                served += 1
for t in threads:
    t.join()
print(sorted(replies))
print(len(sel.get_map()))
sel.close()
srv.close()
