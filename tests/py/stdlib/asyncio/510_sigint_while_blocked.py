import asyncio, os, signal, threading, time
loop = asyncio.new_event_loop()
threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT)).start()
t0 = time.monotonic()
try:
    loop.run_until_complete(asyncio.sleep(5))
except KeyboardInterrupt:
    print("KeyboardInterrupt", time.monotonic() - t0 < 2)
loop.close()
async def main():
    threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT)).start()
    await asyncio.sleep(5)
t0 = time.monotonic()
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt from asyncio.run", time.monotonic() - t0 < 2)
