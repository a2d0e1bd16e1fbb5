# Queue subclasses and overridden methods are honoured: PriorityQueue,
# LifoQueue, a subclass with its own _put/_get/full, a queue whose
# containers are replaced, and the QueueFull/QueueEmpty of each.
import asyncio
import collections


class Logged(asyncio.Queue):
    def _put(self, item):
        print("put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("get", item)
        return item


class Tiny(asyncio.Queue):
    def full(self):
        return self.qsize() >= 1


class MyDeque(collections.deque):
    def append(self, x):
        print("MyDeque.append", x)
        super().append(x)


async def main():
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        await pq.put(x)
    print([await pq.get() for _ in range(4)])
    lq = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        lq.put_nowait(x)
    try:
        lq.put_nowait("d")
    except asyncio.QueueFull:
        print("LifoQueue full")
    print([lq.get_nowait() for _ in range(3)])
    lg = Logged()
    await lg.put(1)
    lg.put_nowait(2)
    print(await lg.get(), lg.get_nowait())
    t = Tiny()
    t.put_nowait("only")
    try:
        t.put_nowait("more")
    except asyncio.QueueFull:
        print("Tiny full", t.qsize())
    q = asyncio.Queue()
    q._queue = MyDeque()
    q.put_nowait("x")
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q = asyncio.Queue(maxsize=1)

    async def late_put():
        await q.put("second")
        print("second put done")

    q.put_nowait("first")
    task = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print(q.get_nowait(), q.full())
    await task
    print(q.get_nowait(), repr(q).split(" at ")[0], str(q))


asyncio.run(main())
