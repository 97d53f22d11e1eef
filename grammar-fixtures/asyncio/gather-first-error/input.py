# Without return_exceptions the first error propagates at once, but the other tasks keep running.
import asyncio

finished: list[str] = []


async def step(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} failing")
        raise RuntimeError(f"{name} broke")
    print(f"{name} finished")
    finished.append(name)
    return name


async def main() -> None:
    tasks = [
        asyncio.create_task(step("one", 0.04)),
        asyncio.create_task(step("two", 0.08, fail=True)),
        asyncio.create_task(step("three", 0.12)),
        asyncio.create_task(step("four", 0.16, fail=True)),
        asyncio.create_task(step("five", 0.2)),
    ]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as exc:
        print("gather raised:", exc)
    print("finished so far:", finished)
    print("cancelled:", [t.cancelled() for t in tasks])
    await asyncio.sleep(0.3)
    print("finished later:", finished)
    print("done:", [t.done() for t in tasks])
    print("four:", tasks[3].exception())


asyncio.run(main())
