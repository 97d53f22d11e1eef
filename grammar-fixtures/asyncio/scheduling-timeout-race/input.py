# Timeouts racing other work (events at least 60 ms apart, so a loaded machine keeps the order): wait_for and timeout() expiring between other tasks' timer wake-ups.
import asyncio


async def heartbeat(log: list[str]) -> None:
    for i in range(6):
        await asyncio.sleep(0.12)
        log.append(f"hb{i}")
        print(f"heartbeat {i}")


async def slow_call(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        print(f"{name} completed")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled by timeout")
        raise


async def caller(name: str, seconds: float, limit: float) -> str:
    try:
        return await asyncio.wait_for(slow_call(name, seconds), timeout=limit)
    except asyncio.TimeoutError:
        return f"{name} timed out"


async def block_caller(name: str, seconds: float, limit: float) -> str:
    try:
        async with asyncio.timeout(limit):
            return await slow_call(name, seconds)
    except TimeoutError:
        return f"{name} expired"


async def main() -> None:
    log: list[str] = []
    results = await asyncio.gather(
        heartbeat(log),
        caller("c1", 0.06, 0.3),
        caller("c2", 0.42, 0.18),
        block_caller("b1", 0.54, 0.3),
        block_caller("b2", 0.42, 0.66),
        caller("c3", 0.78, 0.9),
    )
    print("results:", results[1:])
    print("heartbeats:", log)


asyncio.run(main())
