# gather(return_exceptions=True) puts exceptions in the result list instead of raising.
import asyncio


class RemoteError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(f"remote failed with {code}")
        self.code = code


async def call(n: int) -> str:
    await asyncio.sleep(0.01 * (6 - n))
    if n % 3 == 0:
        raise RemoteError(500 + n)
    if n == 4:
        raise ValueError("four is not allowed")
    return f"ok-{n}"


async def main() -> None:
    results = await asyncio.gather(*(call(n) for n in range(1, 7)), return_exceptions=True)
    for n, result in enumerate(results, start=1):
        if isinstance(result, RemoteError):
            print(n, "remote error", result.code)
        elif isinstance(result, Exception):
            print(n, "error", type(result).__name__, result)
        else:
            print(n, "value", result)
    failures = [r for r in results if isinstance(r, BaseException)]
    print("failures:", len(failures))
    print("repr:", [repr(r) for r in results[:4]])


asyncio.run(main())
