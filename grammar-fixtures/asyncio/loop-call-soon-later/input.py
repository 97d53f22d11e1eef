# loop.call_soon, call_later and call_at run callbacks in a predictable order; handles can be cancelled.
import asyncio

log: list[str] = []


def record(message: str) -> None:
    log.append(message)
    print("callback:", message)


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.09, record, "later 90ms")
    loop.call_later(0.03, record, "later 30ms")
    loop.call_at(start + 0.06, record, "at +60ms")
    loop.call_soon(record, "soon 1")
    loop.call_soon(record, "soon 2")
    cancelled = loop.call_later(0.045, record, "never")
    cancelled.cancel()
    print("handle cancelled:", cancelled.cancelled())
    print("scheduled, nothing ran yet:", log)
    await asyncio.sleep(0)
    print("after sleep(0):", log)
    await asyncio.sleep(0.15)
    print("after 150 ms:", log)
    elapsed = loop.time() - start
    print("time advanced:", elapsed >= 0.15)
    done = loop.create_future()
    loop.call_soon(done.set_result, "finished")
    print(await done)


asyncio.run(main())
