# Condition variables: wait, wait_for with a predicate, notify(n) and notify_all.
import asyncio


class Inventory:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.cond = asyncio.Condition()

    async def consume(self, name: str) -> str:
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            print(f"{name} took {item}")
            return item

    async def restock(self, new_items: list[str]) -> None:
        async with self.cond:
            self.items.extend(new_items)
            print(f"restocked {len(new_items)}")
            self.cond.notify(len(new_items))


async def sleeper(cond: asyncio.Condition, name: str, woken: list[str]) -> None:
    async with cond:
        print(f"{name} waits")
        result = await cond.wait()
        woken.append(name)
        print(f"{name} woke, wait returned {result}")


async def main() -> None:
    inv = Inventory()
    consumers = [asyncio.create_task(inv.consume(f"c{i}")) for i in range(5)]
    await asyncio.sleep(0.01)
    await inv.restock(["apple", "pear"])
    await asyncio.sleep(0.01)
    await inv.restock(["plum", "fig", "kiwi"])
    taken = await asyncio.gather(*consumers)
    print("taken:", taken)

    cond = asyncio.Condition()
    woken: list[str] = []
    tasks = [asyncio.create_task(sleeper(cond, f"s{i}", woken)) for i in range(5)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.01)
    print("after notify():", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all():", woken)
    try:
        cond.notify()
    except RuntimeError as exc:
        print("notify without the lock:", exc)


asyncio.run(main())
