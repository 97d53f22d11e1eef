# Tasks that spawn tasks: each generation starts only after the current one yields.
import asyncio

spawned: list[asyncio.Task] = []


async def node(name: str, depth: int) -> int:
    print(f"{name} start")
    if depth > 0:
        for child in ("L", "R"):
            spawned.append(asyncio.create_task(node(name + child, depth - 1)))
        print(f"{name} spawned children")
    await asyncio.sleep(0)
    print(f"{name} end")
    return depth


async def main() -> None:
    root = asyncio.create_task(node("n", 2))
    print("root created")
    await root
    print("root finished; spawned so far:", len(spawned))
    while not all(t.done() for t in spawned):
        await asyncio.sleep(0)
    print("all finished:", sum(t.result() for t in spawned))


asyncio.run(main())
