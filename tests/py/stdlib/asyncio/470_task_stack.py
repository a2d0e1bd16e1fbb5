import asyncio, io
async def waits():
    await asyncio.sleep(1)
async def fails():
    raise ValueError("f")
async def main():
    t = asyncio.create_task(waits(), name="w")
    await asyncio.sleep(0)
    st = t.get_stack()
    print(len(st), st[0].f_code.co_name, st[0].f_lineno)
    buf = io.StringIO(); t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    t.cancel()
    u = asyncio.create_task(fails(), name="f")
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in u.get_stack()])
    buf = io.StringIO(); u.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE").splitlines()[-1])
    u.exception()
asyncio.run(main())
