# Tasks start only when their creator yields; names come from name= or the default counter.
import asyncio


async def job(label: str) -> str:
    print(f"{label}: started")
    await asyncio.sleep(0)
    print(f"{label}: resumed")
    return label * 2


async def main() -> None:
    print("main: creating tasks")
    tasks = []
    for label in ["a", "b", "c", "d", "e"]:
        task = asyncio.create_task(job(label), name=f"job-{label}")
        tasks.append(task)
        print(f"main: created {task.get_name()}")
    print("main: none started yet")
    await asyncio.sleep(0)
    print("main: after first yield")
    await asyncio.sleep(0)
    print("main: after second yield")
    done = [t.get_name() for t in tasks if t.done()]
    print("main: done tasks", done)
    print("main: results", [t.result() for t in tasks])
    late = asyncio.create_task(job("z"))
    print("main: late task created, done =", late.done())
    print("main: late result", await late)


asyncio.run(main())
