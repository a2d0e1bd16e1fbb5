import asyncio
import socket

class EchoUDP(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done
        self.got = []

    def connection_made(self, transport):
        transport.sendto(b"hello")
        transport.sendto(b"world")

    def datagram_received(self, data, addr):
        self.got.append(data)
        if len(self.got) == 2:
            self.done.set_result(sorted(self.got))

    def connection_lost(self, exc):
        print("client connection_lost", exc)

async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(
        EchoUDP, local_addr=("127.0.0.1", 0))
    addr = server.get_extra_info("sockname")
    done = loop.create_future()
    client, proto = await loop.create_datagram_endpoint(
        lambda: Client(done), remote_addr=addr)
    print(await asyncio.wait_for(done, 5))
    print(client.get_extra_info("peername") == addr)
    try:
        client.sendto(b"x", ("127.0.0.1", 1))
    except ValueError as e:
        print(type(e).__name__, str(e).startswith("Invalid address"))
    try:
        client.sendto("text")
    except TypeError as e:
        print(type(e).__name__, e)
    client.close()
    server.close()
    await asyncio.sleep(0)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setblocking(False)
    s.bind(("127.0.0.1", 0))
    r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r.setblocking(False)
    r.bind(("127.0.0.1", 0))
    await loop.sock_sendto(s, b"raw", r.getsockname())
    data, src = await loop.sock_recvfrom(r, 100)
    print(data, src == s.getsockname())
    s.close()
    r.close()

asyncio.run(main())
