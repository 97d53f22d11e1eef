# Blocking functions off the loop: asyncio.to_thread and loop.run_in_executor(None, f, *args).
import asyncio
import functools


def checksum(data: str, rounds: int) -> int:
    total = 0
    for _ in range(rounds):
        for ch in data:
            total = (total * 31 + ord(ch)) % 1000003
    return total


def greet(name: str, punctuation: str = "!") -> str:
    return f"hello {name}{punctuation}"


def explode(value: int) -> int:
    raise ArithmeticError(f"cannot process {value}")


async def main() -> None:
    result = await asyncio.to_thread(checksum, "asyncio", 3)
    print("to_thread:", result)
    print("kwargs:", await asyncio.to_thread(greet, "world", punctuation="?"))
    loop = asyncio.get_running_loop()
    print("executor:", await loop.run_in_executor(None, checksum, "loop", 2))
    print("partial:", await loop.run_in_executor(None, functools.partial(greet, "ann", punctuation=".")))
    values = await asyncio.gather(*(asyncio.to_thread(checksum, w, 1) for w in ["a", "bb", "ccc", "dddd", "eeeee"]))
    print("gathered:", values)
    try:
        await asyncio.to_thread(explode, 7)
    except ArithmeticError as exc:
        print("error from thread:", exc)
    try:
        await loop.run_in_executor(None, explode, 8)
    except ArithmeticError as exc:
        print("error from executor:", exc)


asyncio.run(main())
