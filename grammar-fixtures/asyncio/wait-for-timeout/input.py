# wait_for cancels the inner task when the timeout expires; its finally block still runs.
import asyncio


async def download(name: str, seconds: float) -> str:
    print(f"{name}: downloading")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: complete")
        return f"{name}-data"
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    finally:
        print(f"{name}: cleanup")


async def main() -> None:
    result = await asyncio.wait_for(download("small", 0.01), timeout=0.5)
    print("got", result)
    try:
        await asyncio.wait_for(download("huge", 1.0), timeout=0.05)
    except asyncio.TimeoutError:
        print("huge timed out")
    try:
        await asyncio.wait_for(download("big", 1.0), 0.02)
    except TimeoutError as exc:
        print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError, type(exc).__name__)
    task = asyncio.create_task(download("task", 1.0))
    try:
        await asyncio.wait_for(task, timeout=0.02)
    except asyncio.TimeoutError:
        print("task cancelled:", task.cancelled())
    print("no timeout:", await asyncio.wait_for(download("none", 0.01), timeout=None))


asyncio.run(main())
