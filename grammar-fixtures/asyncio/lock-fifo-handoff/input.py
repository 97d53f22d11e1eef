# A Lock serialises access: async with and explicit acquire/release, waiters served in FIFO order.
import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw(self, who: str, amount: int) -> bool:
        async with self.lock:
            print(f"{who} checks balance {self.balance}")
            await asyncio.sleep(0.01)
            if self.balance < amount:
                print(f"{who} declined")
                return False
            self.balance -= amount
            print(f"{who} withdrew {amount}, left {self.balance}")
            return True


async def manual(lock: asyncio.Lock, name: str, order: list[str]) -> None:
    await lock.acquire()
    try:
        order.append(name)
        print(f"{name} holds the lock, locked={lock.locked()}")
        await asyncio.sleep(0)
    finally:
        lock.release()


async def main() -> None:
    account = Account(100)
    people = [("ann", 30), ("ben", 50), ("cid", 40), ("dee", 10), ("eve", 20)]
    results = await asyncio.gather(*(account.withdraw(p, a) for p, a in people))
    print("results:", results, "balance:", account.balance)

    lock = asyncio.Lock()
    order: list[str] = []
    await lock.acquire()
    tasks = [asyncio.create_task(manual(lock, f"t{i}", order)) for i in range(5)]
    await asyncio.sleep(0)
    print("all waiting, locked:", lock.locked())
    lock.release()
    await asyncio.gather(*tasks)
    print("order:", order, "locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as exc:
        print("release unlocked:", exc)


asyncio.run(main())
