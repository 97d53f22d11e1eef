# An exception that escapes asyncio.run ends the program with exit status 1 after earlier output.
import asyncio


class ConfigError(Exception):
    pass


async def load_setting(name: str) -> str:
    await asyncio.sleep(0.01)
    if name == "timeout":
        raise ConfigError(f"missing setting: {name}")
    return name + "=ok"


async def main() -> None:
    for name in ["host", "port", "timeout", "retries"]:
        value = await load_setting(name)
        print("loaded", value)
    print("unreachable")


if __name__ == "__main__":
    print("starting")
    asyncio.run(main())
    print("never printed")
