# ensure_future wraps coroutines in tasks and passes tasks and futures through unchanged.
import asyncio


async def compute(x: int) -> int:
    print(f"compute({x}) running")
    await asyncio.sleep(0.01 * x)
    return x * 10


async def main() -> None:
    first = asyncio.ensure_future(compute(3))
    print("is a task:", isinstance(first, asyncio.Task))
    existing = asyncio.create_task(compute(1))
    same = asyncio.ensure_future(existing)
    print("same task returned:", same is existing)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("future passes through:", asyncio.ensure_future(fut) is fut)
    loop.call_later(0.02, fut.set_result, 99)
    futures = [asyncio.ensure_future(compute(n)) for n in (4, 2)]
    print("created", len(futures), "more")
    print("first:", await first)
    print("existing:", await same)
    print("future:", await fut)
    print("rest:", [await f for f in futures])


asyncio.run(main())
