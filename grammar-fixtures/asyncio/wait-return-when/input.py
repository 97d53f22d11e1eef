# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout (events 75 ms or more apart).
import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks: set[asyncio.Task]) -> list[str]:
    return sorted(t.get_name() for t in tasks)


def make(specs: list[tuple[str, float, bool]]) -> list[asyncio.Task]:
    return [asyncio.create_task(job(n, d, f), name=n) for n, d, f in specs]


async def main() -> None:
    specs = [("a", 0.45, False), ("b", 0.15, False), ("c", 0.75, False), ("d", 0.3, True), ("e", 0.6, False)]

    done, pending = await asyncio.wait(make(specs), return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", names(done), "pending:", names(pending))
    for t in pending:
        t.cancel()

    done, pending = await asyncio.wait(make(specs), return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done), "pending:", names(pending))
    for t in done:
        if t.exception() is not None:
            print("  failed:", t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)

    done, pending = await asyncio.wait(make(specs), return_when=asyncio.ALL_COMPLETED)
    print("ALL_COMPLETED done:", names(done), "pending:", len(pending))
    print("  results:", sorted(t.result() for t in done if t.exception() is None))

    done, pending = await asyncio.wait(make(specs), timeout=0.525)
    print("timeout done:", names(done), "pending:", names(pending))
    print("  pending still running:", all(not t.done() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
