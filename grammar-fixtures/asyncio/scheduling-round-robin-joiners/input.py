# Five tasks take turns with sleep(0); a task created mid-way joins at the back of the ready queue.
import asyncio

timeline: list[str] = []


async def spinner(name: str, turns: int) -> str:
    for turn in range(turns):
        timeline.append(f"{name}{turn}")
        print(f"{name} turn {turn}")
        if name == "c" and turn == 1:
            asyncio.create_task(spinner("late", 2))
            print("c spawned late")
        await asyncio.sleep(0)
    print(f"{name} finished")
    return name


async def main() -> None:
    tasks = [asyncio.create_task(spinner(n, t)) for n, t in zip("abcde", [3, 1, 4, 2, 3])]
    print("main yields")
    await asyncio.sleep(0)
    print("main back after one round")
    finished = await asyncio.gather(*tasks)
    print("finished:", finished)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("timeline:", " ".join(timeline))


asyncio.run(main())
