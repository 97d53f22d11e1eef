# Queue basics: put/get, the nowait variants, maxsize, qsize/empty/full, QueueEmpty and QueueFull.
import asyncio


async def main() -> None:
    q: asyncio.Queue[str] = asyncio.Queue(maxsize=3)
    print("empty:", q.empty(), "full:", q.full(), "size:", q.qsize(), "maxsize:", q.maxsize)
    await q.put("a")
    q.put_nowait("b")
    await q.put("c")
    print("empty:", q.empty(), "full:", q.full(), "size:", q.qsize())
    try:
        q.put_nowait("d")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print("get:", await q.get())
    print("get_nowait:", q.get_nowait())
    print("size now:", q.qsize())
    print("last:", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")

    unbounded: asyncio.Queue[int] = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded full:", unbounded.full(), "size:", unbounded.qsize())
    total = 0
    while not unbounded.empty():
        total += unbounded.get_nowait()
    print("sum:", total)

    blocking: asyncio.Queue[int] = asyncio.Queue(maxsize=1)

    async def producer() -> None:
        for i in range(4):
            print("putting", i)
            await blocking.put(i)
            print("put", i)

    task = asyncio.create_task(producer())
    await asyncio.sleep(0)
    for _ in range(4):
        item = await blocking.get()
        print("got", item)
    await task


asyncio.run(main())
