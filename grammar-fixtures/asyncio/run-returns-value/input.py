# asyncio.run returns whatever the main coroutine returns.
import asyncio


async def square(n: int) -> int:
    await asyncio.sleep(0.01)
    return n * n


async def total(numbers: list[int]) -> int:
    result = 0
    for n in numbers:
        result += await square(n)
    return result


async def describe() -> dict[str, object]:
    values = [await square(i) for i in range(4)]
    return {"values": values, "count": len(values)}


async def nothing():
    await asyncio.sleep(0)


if __name__ == "__main__":
    value = asyncio.run(total([1, 2, 3, 4]))
    print("total:", value)
    print("type:", type(value).__name__)
    info = asyncio.run(describe())
    print("info:", info)
    print("none:", asyncio.run(nothing()))
    print("doubled:", asyncio.run(square(7)) * 2)
