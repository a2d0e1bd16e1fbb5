import asyncio, os, signal

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main task cancelled")
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt re-raised")

async def raiser():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

try:
    asyncio.run(raiser())
except KeyboardInterrupt:
    print("direct KeyboardInterrupt")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
