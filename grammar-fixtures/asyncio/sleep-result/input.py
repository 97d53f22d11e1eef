# asyncio.sleep(delay, result) returns its result argument after the delay.
import asyncio


async def delayed(value: str, delay: float) -> str:
    got = await asyncio.sleep(delay, result=value)
    print("woke with", got)
    return got


async def main() -> None:
    plain = await asyncio.sleep(0)
    print("plain sleep returns", plain)
    number = await asyncio.sleep(0.01, 42)
    print("number:", number + 1)
    items = await asyncio.sleep(0, result=[1, 2, 3])
    print("items:", items)
    results = await asyncio.gather(delayed("slow", 0.03), delayed("fast", 0.01), delayed("medium", 0.02))
    print("gathered:", results)
    pending = asyncio.create_task(asyncio.sleep(0.01, result="from task"))
    print("task result:", await pending)


asyncio.run(main())
