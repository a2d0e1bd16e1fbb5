import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = loop.create_future()

    def readable():
        data = b.recv(100)
        loop.remove_reader(b.fileno())
        got.set_result(data)

    loop.add_reader(b.fileno(), readable)
    writable = loop.create_future()
    loop.add_writer(a.fileno(), lambda: writable.done() or writable.set_result(True))
    print(await writable, loop.remove_writer(a.fileno()), loop.remove_writer(a.fileno()))
    a.send(b"ping")
    print(await got)
    print(loop.remove_reader(b.fileno()))
    await loop.sock_sendall(a, b"via sock_sendall")
    print(await loop.sock_recv(b, 100))
    a.close()
    b.close()

asyncio.run(main())
