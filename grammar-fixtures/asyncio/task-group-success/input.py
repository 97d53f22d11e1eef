# TaskGroup waits for every child; results are read from the tasks after the block.
import asyncio


async def resize(image: str, size: int) -> str:
    print(f"resizing {image} to {size}")
    await asyncio.sleep(0.01 * size)
    print(f"resized {image}")
    return f"{image}@{size}"


async def main() -> None:
    images = ["cat.png", "dog.png", "bird.png", "fish.png", "frog.png"]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(resize(img, 5 - i)) for i, img in enumerate(images)]
        print("tasks scheduled:", len(tasks))
        extra = tg.create_task(resize("late.png", 1), name="late")
    print("all done:", all(t.done() for t in tasks))
    print("results:", [t.result() for t in tasks])
    print("extra:", extra.get_name(), extra.result())

    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(resize("a.png", 1))
        await asyncio.sleep(0.02)
        print("first done inside the block:", first.done())
        second = tg.create_task(resize("b.png", 1))
    print("second:", second.result())


asyncio.run(main())
