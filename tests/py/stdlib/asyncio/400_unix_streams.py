import asyncio
import os
import tempfile

async def handle(reader, writer):
    async for line in reader:
        writer.write(b"> " + line)
    await writer.drain()
    writer.close()

async def main(path):
    server = await asyncio.start_unix_server(handle, path)
    print(os.path.exists(path), server.is_serving())
    reader, writer = await asyncio.open_unix_connection(path)
    writer.writelines([b"alpha\n", b"beta\n"])
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())

with tempfile.TemporaryDirectory() as d:
    asyncio.run(main(os.path.join(d, "sock")))
