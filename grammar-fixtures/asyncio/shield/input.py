# shield protects the inner task from the caller's cancellation and timeout.
import asyncio


async def save(record: str, log: list[str]) -> str:
    print(f"saving {record}")
    await asyncio.sleep(0.1)
    log.append(record)
    print(f"saved {record}")
    return f"{record}:saved"


async def handler(record: str, log: list[str]) -> str:
    try:
        return await asyncio.shield(save(record, log))
    except asyncio.CancelledError:
        print(f"handler for {record} cancelled")
        raise


async def main() -> None:
    log: list[str] = []
    tasks = [asyncio.create_task(handler(f"r{i}", log)) for i in range(5)]
    await asyncio.sleep(0.02)
    for t in tasks[::2]:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print("results:", [r if isinstance(r, str) else type(r).__name__ for r in results])
    print("log right after:", sorted(log))
    await asyncio.sleep(0.2)
    print("log later:", sorted(log))

    inner = asyncio.create_task(save("timed", log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out, inner done:", inner.done(), "cancelled:", inner.cancelled())
    print("inner result:", await inner)


asyncio.run(main())
