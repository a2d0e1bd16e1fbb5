import asyncio, time
N = 4 * 1024 * 1024
async def handle(reader, writer):
    total = 0
    while True:
        data = await reader.read(65536)
        if not data: break
        total += len(data)
    writer.write(str(total).encode())
    await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    t0 = time.perf_counter()
    chunk = b"x" * 65536
    for _ in range(N // 65536):
        w.write(chunk)
        await w.drain()
    w.write_eof()
    print(await r.read(), time.perf_counter() - t0 < 10)
    w.close()
    server.close()
asyncio.run(main())
