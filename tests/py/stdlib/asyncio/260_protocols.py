import asyncio

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data[::-1])

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b""

    def connection_made(self, transport):
        transport.write(b"abcdef")
        self.transport = transport

    def data_received(self, data):
        self.got += data
        if len(self.got) >= 6:
            self.transport.close()

    def connection_lost(self, exc):
        self.done.set_result(self.got)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, proto = await loop.create_connection(
        lambda: Client(done), "127.0.0.1", port)
    print(isinstance(proto, Client), transport.get_extra_info("peername")[1] == port)
    print(await done, transport.is_closing())
    server.close()
    await server.wait_closed()
    print(server.is_serving())
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__)

asyncio.run(main())
