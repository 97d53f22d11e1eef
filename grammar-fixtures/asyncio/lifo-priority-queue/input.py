# LifoQueue pops the newest item; PriorityQueue pops the smallest (priority, item) tuple.
import asyncio


async def main() -> None:
    stack: asyncio.LifoQueue[str] = asyncio.LifoQueue()
    for page in ["home", "products", "cart", "checkout"]:
        await stack.put(page)
    print("history size:", stack.qsize())
    while not stack.empty():
        print("back to", await stack.get())

    jobs: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue()
    for priority, job in [(3, "email"), (1, "payment"), (2, "invoice"), (1, "alert"), (5, "cleanup")]:
        jobs.put_nowait((priority, job))

    async def runner(name: str) -> None:
        while True:
            try:
                priority, job = jobs.get_nowait()
            except asyncio.QueueEmpty:
                print(f"{name} idle")
                return
            print(f"{name} runs {job} (priority {priority})")
            await asyncio.sleep(0.01 * priority)
            jobs.task_done()

    await asyncio.gather(runner("r1"), runner("r2"))
    await jobs.join()
    print("all jobs done")

    bounded: asyncio.LifoQueue[int] = asyncio.LifoQueue(maxsize=2)
    bounded.put_nowait(1)
    bounded.put_nowait(2)
    try:
        bounded.put_nowait(3)
    except asyncio.QueueFull:
        print("lifo full:", bounded.full())
    print("lifo order:", bounded.get_nowait(), bounded.get_nowait())


asyncio.run(main())
