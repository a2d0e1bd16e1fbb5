# A localhost echo server on the asyncio streams API with 100 concurrent
# clients, each sending a fixed number of line messages and reading every
# echo back: sockets, the selector, transports and StreamReader/Writer.

import asyncio

CLIENTS = 100
MESSAGES = 200


async def handle(reader, writer):
    count = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
        count += 1
    writer.close()
    await writer.wait_closed()


async def client(port, cid):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    total = 0
    for i in range(MESSAGES):
        msg = f'{cid}:{i}:{"x" * (i % 50)}\n'.encode()
        writer.write(msg)
        await writer.drain()
        reply = await reader.readline()
        if reply != msg:
            raise AssertionError((reply, msg))
        total += len(reply)
    writer.close()
    await writer.wait_closed()
    return total


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        totals = await asyncio.gather(*[client(port, c) for c in range(CLIENTS)])
    print('clients', len(totals))
    print('messages', CLIENTS * MESSAGES)
    print('bytes echoed', sum(totals))


asyncio.run(main())
