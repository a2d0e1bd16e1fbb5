import asyncio, threading
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug())
    errs = []
    def other():
        try: loop.call_soon(print)
        except RuntimeError as e: errs.append(str(e))
    t = threading.Thread(target=other); t.start(); t.join()
    print(errs)
    try: loop.call_soon(main)
    except TypeError as e: print(e)
asyncio.run(main(), debug=True)
