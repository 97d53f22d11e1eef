# Classes with __aenter__/__aexit__: the exception reaches __aexit__, a truthy return suppresses it.
import asyncio


class Connection:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = False

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.01)
        self.open = True
        print(f"{self.name}: opened")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.01)
        self.open = False
        if exc_type is None:
            print(f"{self.name}: closed cleanly")
        else:
            print(f"{self.name}: closed after {exc_type.__name__}: {exc}")
        return False

    async def query(self, sql: str) -> list[int]:
        await asyncio.sleep(0)
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return [len(sql)]


class Suppress:
    def __init__(self, *kinds: type) -> None:
        self.kinds = kinds

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print(f"suppressed {exc_type.__name__}")
            return True
        return False


async def main() -> None:
    async with Connection("db1") as conn:
        print("open inside:", conn.open)
        print("rows:", await conn.query("SELECT 1"))
    print("open after:", conn.open)

    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE users")
            print("not reached")
    except PermissionError as exc:
        print("caught outside:", exc)

    async with Suppress(KeyError, ValueError):
        raise ValueError("ignored")
    print("after suppress")
    try:
        async with Suppress(KeyError):
            raise TypeError("not suppressed")
    except TypeError as exc:
        print("propagated:", exc)

    async with Connection("a") as a, Connection("b") as b:
        print("both open:", a.open and b.open)


asyncio.run(main())
