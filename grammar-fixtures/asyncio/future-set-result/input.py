# Low-level futures: loop.create_future resolved by other tasks with set_result / set_exception.
import asyncio


async def resolve_later(fut: asyncio.Future, value: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print("resolving with", value)
    fut.set_result(value)


async def fail_later(fut: asyncio.Future, delay: float) -> None:
    await asyncio.sleep(delay)
    print("failing")
    fut.set_exception(KeyError("missing"))


async def main() -> None:
    loop = asyncio.get_running_loop()
    futures = [loop.create_future() for _ in range(5)]
    for i, fut in enumerate(futures):
        if i == 3:
            asyncio.create_task(fail_later(fut, 0.01 * (5 - i)))
        else:
            asyncio.create_task(resolve_later(fut, f"value-{i}", 0.01 * (5 - i)))
    print("done before:", [f.done() for f in futures])
    for i, fut in enumerate(futures):
        try:
            print(i, "->", await fut)
        except KeyError as exc:
            print(i, "-> KeyError", exc)
    print("done after:", [f.done() for f in futures])
    extra = loop.create_future()
    extra.set_result(1)
    try:
        extra.set_result(2)
    except asyncio.InvalidStateError:
        print("second set_result: InvalidStateError")
    cancelled = loop.create_future()
    print("cancel returns", cancelled.cancel(), "cancelled =", cancelled.cancelled())


asyncio.run(main())
