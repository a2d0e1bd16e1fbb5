import asyncio

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("caught", e.args))
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", repr(e))
    print(log, t.cancelled(), t.done())
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", type(e).__name__)
    u = asyncio.create_task(sleeper([]))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("early", repr(e))
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
