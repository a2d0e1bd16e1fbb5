import asyncio

async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername") is not None
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, name, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for i in range(n):
        writer.write(f"{name} line {i}\n".encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), port > 0)
    async with server:
        results = await asyncio.gather(*(client(port, n, 3) for n in ("a", "b", "c")))
        for r in results:
            print(r)
    print(server.is_serving())

asyncio.run(main())
