# Done callbacks run on the loop after the task finishes, before tasks that await it resume.
import asyncio


async def compute(name: str, yields: int) -> str:
    for _ in range(yields):
        await asyncio.sleep(0)
    print(f"{name} returns")
    return name.upper()


def noisy(task: asyncio.Task) -> None:
    print("removed callback ran")


async def awaiter(task: asyncio.Task, label: str) -> None:
    result = await task
    print(f"{label} resumed with {result}")


async def main() -> None:
    tasks = []
    for name, yields in [("a", 2), ("b", 0), ("c", 1), ("d", 3), ("e", 1)]:
        task = asyncio.create_task(compute(name, yields))
        task.add_done_callback(lambda t, n=name: print(f"callback 1 for {n}: {t.result()}"))
        task.add_done_callback(lambda t, n=name: print(f"callback 2 for {n}"))
        tasks.append(task)
    watchers = [asyncio.create_task(awaiter(tasks[i], f"watcher{i}")) for i in (0, 3)]
    tasks[4].add_done_callback(noisy)
    print("removed callbacks:", tasks[4].remove_done_callback(noisy))
    await asyncio.gather(*tasks, *watchers)
    print("all done")
    finished = tasks[1]
    finished.add_done_callback(lambda t: print("late callback for a finished task"))
    print("added late callback")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
