# Nested gathers: children of an inner gather start after the outer ones that were created earlier.
import asyncio


async def leaf(name: str, yields: int) -> str:
    print(f"leaf {name} start")
    for _ in range(yields):
        await asyncio.sleep(0)
    print(f"leaf {name} end")
    return name


async def branch(name: str, leaves: int) -> list[str]:
    print(f"branch {name} start")
    results = await asyncio.gather(*(leaf(f"{name}{i}", i + 1) for i in range(leaves)))
    print(f"branch {name} end")
    return results


async def main() -> None:
    results = await asyncio.gather(branch("A", 2), leaf("solo", 1), branch("B", 3), leaf("tail", 0))
    print("results:", results)


asyncio.run(main())
