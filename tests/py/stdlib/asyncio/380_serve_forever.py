import asyncio

async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(b"echo:" + data)
    await writer.drain()
    writer.close()

async def client(port, msg):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(msg)
    await writer.drain()
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return reply

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print(server.is_serving())
    print(await asyncio.gather(client(port, b"one"), client(port, b"two")))
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print(server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__)

asyncio.run(main())
