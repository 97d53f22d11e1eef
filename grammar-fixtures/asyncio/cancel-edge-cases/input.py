# Swallowed cancellation, cancel before the first step, cancel(msg), and except Exception vs CancelledError.
import asyncio


async def stubborn() -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")
    await asyncio.sleep(0.01)
    return "stubborn finished"


async def never_started() -> None:
    print("this line never runs")


async def careless() -> str:
    try:
        await asyncio.sleep(1)
    except Exception as exc:
        print("careless caught", type(exc).__name__)
        return "caught"
    return "slept"


async def with_message() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc:
        print("message inside:", exc.args)
        raise


async def main() -> None:
    t1 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("cancel() returned", t1.cancel())
    print("stubborn result:", await t1, "cancelled:", t1.cancelled())

    t2 = asyncio.create_task(never_started())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("never_started cancelled before its first step")

    t3 = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t3.cancel()
    try:
        print("careless returned", await t3)
    except asyncio.CancelledError:
        print("careless: CancelledError is not an Exception")

    t4 = asyncio.create_task(with_message())
    await asyncio.sleep(0)
    t4.cancel("shutting down")
    try:
        await t4
    except asyncio.CancelledError as exc:
        print("message outside:", exc.args)

    print("cancel a finished task:", t1.cancel())
    print("is BaseException:", issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
