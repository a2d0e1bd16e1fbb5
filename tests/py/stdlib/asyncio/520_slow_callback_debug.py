import asyncio, time, logging
class H(logging.Handler):
    def emit(self, r): print(r.levelname, r.getMessage().split(" took ")[0][:40], "took" in r.getMessage())
logging.getLogger("asyncio").addHandler(H()); logging.getLogger("asyncio").propagate = False
async def slow():
    time.sleep(0.15)
async def main():
    await asyncio.create_task(slow(), name="slowpoke")
asyncio.run(main(), debug=True)
