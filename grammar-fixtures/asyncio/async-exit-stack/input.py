# AsyncExitStack: a dynamic number of async context managers, callbacks, exits in reverse order.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager
from typing import AsyncIterator


@asynccontextmanager
async def resource(name: str) -> AsyncIterator[str]:
    await asyncio.sleep(0.01)
    print(f"acquire {name}")
    try:
        yield name.upper()
    finally:
        print(f"release {name}")


async def notify(message: str) -> None:
    await asyncio.sleep(0)
    print("callback:", message)


async def main() -> None:
    names = ["db", "cache", "queue"]
    async with AsyncExitStack() as stack:
        handles = [await stack.enter_async_context(resource(n)) for n in names]
        stack.push_async_callback(notify, "stack closing")
        print("handles:", handles)

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("first"))
            await stack.enter_async_context(resource("second"))
            raise RuntimeError("failure inside")
    except RuntimeError as exc:
        print("caught:", exc)

    stack = AsyncExitStack()
    await stack.enter_async_context(resource("kept"))
    moved = stack.pop_all()
    await stack.aclose()
    print("original stack closed, moved stack still open")
    await moved.aclose()


asyncio.run(main())
