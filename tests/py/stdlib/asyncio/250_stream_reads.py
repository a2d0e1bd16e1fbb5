import asyncio

async def handle(reader, writer):
    writer.write(b"hello world\nsecond\npartial-data")
    await writer.drain()
    writer.write_eof() if writer.can_write_eof() else None
    await reader.read()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(5))
    print(await reader.readuntil(b"\n"))
    print(await reader.readline())
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    print(reader.at_eof(), await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    r = asyncio.StreamReader()
    r.feed_data(b"a\nbb\nccc")
    r.feed_eof()
    print([line async for line in r])
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefgh\n")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print(type(e).__name__, e)

asyncio.run(main())
