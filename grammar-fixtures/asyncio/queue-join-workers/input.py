# A worker pool: producers fill a queue, workers call task_done, queue.join waits for the backlog.
import asyncio


async def producer(name: str, q: asyncio.Queue[tuple[str, int]], count: int) -> None:
    for i in range(count):
        await q.put((name, i))
        print(f"{name} produced {i}")
        await asyncio.sleep(0)


async def worker(wid: int, q: asyncio.Queue[tuple[str, int]], handled: dict[int, list[str]]) -> None:
    while True:
        source, n = await q.get()
        try:
            for _ in range(n + 1):  # simulated work: one loop turn per unit
                await asyncio.sleep(0)
            handled[wid].append(f"{source}{n}")
            print(f"worker {wid} handled {source}{n}")
        finally:
            q.task_done()


async def main() -> None:
    q: asyncio.Queue[tuple[str, int]] = asyncio.Queue(maxsize=2)
    handled: dict[int, list[str]] = {i: [] for i in range(3)}
    workers = [asyncio.create_task(worker(i, q, handled)) for i in range(3)]
    producers = [asyncio.create_task(producer(name, q, 3)) for name in ("p", "q")]
    await asyncio.gather(*producers)
    print("producers done, waiting for join")
    await q.join()
    print("queue drained, unfinished work:", q.qsize())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(r).__name__ for r in results])
    print("total handled:", sum(len(v) for v in handled.values()))
    try:
        q.task_done()
    except ValueError as exc:
        print("extra task_done:", exc)


asyncio.run(main())
