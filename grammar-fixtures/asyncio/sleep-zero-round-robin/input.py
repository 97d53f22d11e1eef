# sleep(0) yields to every other ready task: five workers take turns, step by step.
import asyncio


async def worker(name: str, steps: int, log: list[str]) -> int:
    for step in range(steps):
        print(f"{name} step {step}")
        log.append(f"{name}{step}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return steps


async def main() -> None:
    log: list[str] = []
    tasks = [asyncio.create_task(worker(f"w{i}", 2 + i % 3, log)) for i in range(5)]
    print("tasks created")
    await asyncio.sleep(0)
    print("main after one yield:", log)
    results = await asyncio.gather(*tasks)
    print("results:", results)
    print("log length:", len(log))
    print("order:", " ".join(log))


asyncio.run(main())
