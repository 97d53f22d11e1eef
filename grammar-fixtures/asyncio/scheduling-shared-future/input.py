# Several tasks await one future; they wake in the order they started waiting, after the setter yields.
import asyncio


async def waiter(name: str, fut: asyncio.Future, order: list[str]) -> None:
    print(f"{name} waiting")
    value = await fut
    order.append(name)
    print(f"{name} got {value}")


async def setter(fut: asyncio.Future) -> None:
    await asyncio.sleep(0)
    print("setter: setting result")
    fut.set_result(42)
    print("setter: result set, waiters not resumed yet")
    await asyncio.sleep(0)
    print("setter: after yielding")


async def main() -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order: list[str] = []
    tasks = [asyncio.create_task(waiter(f"w{i}", fut, order)) for i in range(5)]
    await asyncio.gather(setter(fut), *tasks)
    print("wake order:", order)

    failing = loop.create_future()
    failures = [asyncio.create_task(waiter(f"f{i}", failing, order)) for i in range(3)]
    await asyncio.sleep(0)
    failing.set_exception(RuntimeError("source failed"))
    results = await asyncio.gather(*failures, return_exceptions=True)
    print("failures:", [str(r) for r in results])


asyncio.run(main())
