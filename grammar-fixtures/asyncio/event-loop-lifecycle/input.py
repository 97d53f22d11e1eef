# Managing event loops by hand: new_event_loop, set_event_loop, run_until_complete twice, close.
import asyncio


async def fetch_value(name: str, delay: float) -> str:
    loop = asyncio.get_running_loop()
    print(f"{name}: running={loop.is_running()}")
    await asyncio.sleep(delay)
    return name.upper()


def main() -> None:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("before: running =", loop.is_running(), "closed =", loop.is_closed())
    first = loop.run_until_complete(fetch_value("first", 0.01))
    print("first result:", first)
    second = loop.run_until_complete(fetch_value("second", 0.02))
    print("second result:", second)
    same = asyncio.get_event_loop() is loop
    print("get_event_loop returns the same loop:", same)
    both = loop.run_until_complete(asyncio.gather(fetch_value("a", 0.02), fetch_value("b", 0.01)))
    print("both:", both)
    print("after: running =", loop.is_running(), "closed =", loop.is_closed())
    loop.close()
    print("closed =", loop.is_closed())
    try:
        loop.run_until_complete(fetch_value("late", 0))
    except RuntimeError as exc:
        print("RuntimeError:", exc)


main()
