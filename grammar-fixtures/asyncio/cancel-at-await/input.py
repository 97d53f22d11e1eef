# Cancellation arrives as CancelledError at the await the task is suspended in; finally blocks run.
import asyncio


async def stage(name: str, pause: float) -> None:
    print(f"{name}: stage 1")
    await asyncio.sleep(0.04)
    print(f"{name}: stage 2")
    await asyncio.sleep(pause)
    print(f"{name}: stage 3")


async def service(name: str, pause: float, events: list[str]) -> None:
    try:
        await stage(name, pause)
        events.append(f"{name} finished")
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise
    finally:
        events.append(f"{name} finally")


async def main() -> None:
    events: list[str] = []
    tasks = {f"s{i}": asyncio.create_task(service(f"s{i}", 0.2 * i, events)) for i in range(1, 6)}
    await asyncio.sleep(0.12)
    tasks["s2"].cancel()
    tasks["s4"].cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("s2 cancelled:", tasks["s2"].cancelled(), "s1 cancelled:", tasks["s1"].cancelled())
    for name, task in tasks.items():
        try:
            await task
            print(name, "ok")
        except asyncio.CancelledError:
            print(name, "raised CancelledError")
    for event in events:
        print(event)


asyncio.run(main())
