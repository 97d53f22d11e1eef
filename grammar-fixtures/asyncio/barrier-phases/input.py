# A Barrier holds every party until all have arrived, phase after phase.
import asyncio


async def runner(name: str, barrier: asyncio.Barrier, delay: float, log: list[str]) -> None:
    for phase in range(2):
        await asyncio.sleep(delay * (phase + 1))
        print(f"{name} arrives at phase {phase}")
        index = await barrier.wait()
        log.append(f"{name}:{phase}")
        if index == 0:
            print(f"phase {phase} complete (reported by the last arrival)")


async def main() -> None:
    barrier = asyncio.Barrier(5)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    log: list[str] = []
    delays = [0.15, 0.03, 0.12, 0.06, 0.09]
    await asyncio.gather(*(runner(f"r{i}", barrier, d, log) for i, d in enumerate(delays)))
    print("log:", log)

    small = asyncio.Barrier(3)

    async def lonely(name: str) -> None:
        try:
            await small.wait()
        except asyncio.BrokenBarrierError:
            print(f"{name}: barrier broken")

    tasks = [asyncio.create_task(lonely(n)) for n in ("x", "y")]
    await asyncio.sleep(0.01)
    print("waiting:", small.n_waiting)
    await small.abort()
    await asyncio.gather(*tasks)
    print("broken:", small.broken)


asyncio.run(main())
