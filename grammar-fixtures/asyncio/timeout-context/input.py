# asyncio.timeout(): expiry raises TimeoutError outside the block; when(), reschedule() and nesting.
import asyncio


async def work(label: str, seconds: float) -> None:
    try:
        await asyncio.sleep(seconds)
        print(f"{label} finished")
    finally:
        print(f"{label} cleanup")


async def main() -> None:
    try:
        async with asyncio.timeout(0.02):
            await work("slow", 1)
        print("not reached")
    except TimeoutError:
        print("slow: timed out")

    async with asyncio.timeout(1) as cm:
        await work("fast", 0.01)
    print("fast expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when is None:", cm.when() is None)
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 0.02)
        print("rescheduled:", cm.when() is not None)
        try:
            await work("rescheduled", 1)
        except asyncio.CancelledError:
            print("inside: cancelled")
            raise
    print("never printed")


async def outer() -> None:
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout raised")
    try:
        async with asyncio.timeout(0.05) as out:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await work("nested", 1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", out.expired())
            await work("after inner", 1)
    except TimeoutError:
        print("outer expired:", out.expired())


asyncio.run(outer())
