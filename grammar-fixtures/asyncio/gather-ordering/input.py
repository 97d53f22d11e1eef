# gather returns results in argument order, whatever order the coroutines finish in.
import asyncio


async def fetch(name: str, delay: float) -> dict[str, object]:
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"end {name}")
    return {"name": name, "delay": delay}


async def count_up(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return total


async def main() -> None:
    delays = {"alpha": 0.15, "beta": 0.03, "gamma": 0.09, "delta": 0.06, "epsilon": 0.12}
    results = await asyncio.gather(*(fetch(name, d) for name, d in delays.items()))
    for r in results:
        print(r["name"], r["delay"])
    sums = await asyncio.gather(count_up(3), count_up(5), count_up(1))
    print("sums:", sums)
    empty = await asyncio.gather()
    print("empty gather:", empty)
    a, b = await asyncio.gather(fetch("left", 0.02), count_up(4))
    print("unpacked:", a["name"], b)


asyncio.run(main())
