# A failing child cancels its siblings; the TaskGroup raises an ExceptionGroup handled with except*.
import asyncio

# Siblings are cancelled in an unspecified order, so the names are collected and printed sorted.
cancelled: list[str] = []


async def worker(name: str, delay: float, error: Exception | None = None) -> str:
    try:
        await asyncio.sleep(delay)  # delay 0 just yields once: w1, w2 and w5 run in the same loop turn
        if error is not None:
            print(f"{name}: raising {type(error).__name__}")
            raise error
        print(f"{name}: finished")
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("w1", 0))
            tg.create_task(worker("w2", 0, ValueError("bad input")))
            tg.create_task(worker("w3", 0.05))
            tg.create_task(worker("w4", 0.06))
            tg.create_task(worker("w5", 0, KeyError("k")))
            print("body done")
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("KeyErrors:", [repr(e) for e in group.exceptions])
    print("cancelled:", sorted(cancelled))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x1", 0.01, RuntimeError("boom")))
            tg.create_task(worker("x2", 0.1))
    except ExceptionGroup as eg:
        print("caught:", eg)
        print("message:", eg.message)
        print("count:", len(eg.exceptions), type(eg.exceptions[0]).__name__)
    print("cancelled:", sorted(cancelled))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("y1", 0.05))
            await asyncio.sleep(0.01)
            raise LookupError("body failed")
    except* LookupError as group:
        print("body error:", group.exceptions)
    print("cancelled:", sorted(cancelled))


asyncio.run(main())
