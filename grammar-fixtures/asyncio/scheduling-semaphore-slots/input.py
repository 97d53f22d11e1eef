# Six jobs share two semaphore slots; each holds a slot across several yields.
import asyncio


async def job(name: str, sem: asyncio.Semaphore, work: int, order: list[str]) -> None:
    print(f"{name} queued")
    async with sem:
        order.append(name)
        print(f"{name} got a slot")
        for step in range(work):
            await asyncio.sleep(0)
            print(f"{name} step {step}")
    print(f"{name} released")


async def main() -> None:
    sem = asyncio.Semaphore(2)
    order: list[str] = []
    work = {"j1": 3, "j2": 1, "j3": 2, "j4": 1, "j5": 2, "j6": 1}
    await asyncio.gather(*(job(n, sem, w, order) for n, w in work.items()))
    print("slot order:", order)


asyncio.run(main())
