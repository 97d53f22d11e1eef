# A Semaphore caps concurrency; a BoundedSemaphore refuses to be released too often.
import asyncio

active = 0
peak = 0


async def download(sem: asyncio.Semaphore, n: int) -> int:
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {n} (active {active})")
        await asyncio.sleep(0.04 * (n % 3 + 1))
        active -= 1
        print(f"end {n}")
    return n * n


async def main() -> None:
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(download(sem, n) for n in range(6)))
    print("results:", results, "peak:", peak)

    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    print("locked after one acquire:", bounded.locked())
    await bounded.acquire()
    print("locked after two:", bounded.locked())
    bounded.release()
    bounded.release()
    try:
        bounded.release()
    except ValueError as exc:
        print("over-release:", exc)

    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain semaphore can go above its start value")
    await plain.acquire()
    await plain.acquire()
    await plain.acquire()
    print("acquired three times, locked:", plain.locked())


asyncio.run(main())
