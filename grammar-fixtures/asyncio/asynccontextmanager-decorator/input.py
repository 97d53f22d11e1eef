# @asynccontextmanager: setup before yield, teardown in finally, exceptions thrown in at the yield.
import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator


@asynccontextmanager
async def transaction(name: str) -> AsyncIterator[list[str]]:
    ops: list[str] = []
    print(f"{name}: begin")
    await asyncio.sleep(0.01)
    try:
        yield ops
        print(f"{name}: commit {ops}")
    except ValueError as exc:
        print(f"{name}: rollback because {exc}")
    finally:
        await asyncio.sleep(0)
        print(f"{name}: end")


@asynccontextmanager
async def timer(label: str) -> AsyncIterator[None]:
    print(f"{label}: start")
    yield
    print(f"{label}: stop")


async def job(i: int) -> None:
    async with transaction(f"job{i}") as ops:
        ops.append(f"insert {i}")
        await asyncio.sleep(0.04 * (3 - i))
        ops.append(f"update {i}")


async def main() -> None:
    async with transaction("t1") as ops:
        ops.append("insert")
    async with transaction("t2") as ops:
        ops.append("insert")
        raise ValueError("bad row")
    print("after t2 (ValueError suppressed by the generator)")
    try:
        async with transaction("t3") as ops:
            raise KeyError("other")
    except KeyError as exc:
        print("t3 propagated", repr(exc))
    async with timer("outer"):
        async with timer("inner"):
            print("working")
    await asyncio.gather(*(job(i) for i in range(3)))


asyncio.run(main())
