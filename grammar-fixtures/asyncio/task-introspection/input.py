# Inspecting tasks: done, result, exception, cancelled, names, done callbacks, current_task, all_tasks.
import asyncio


async def succeed(value: int) -> int:
    await asyncio.sleep(0.01)
    return value


async def fail() -> int:
    await asyncio.sleep(0.01)
    raise ValueError("bad value")


async def sleeper() -> None:
    await asyncio.sleep(10)


def report(task: asyncio.Task) -> None:
    if task.cancelled():
        print(f"callback: {task.get_name()} cancelled")
    elif task.exception() is not None:
        print(f"callback: {task.get_name()} failed with {task.exception()!r}")
    else:
        print(f"callback: {task.get_name()} returned {task.result()}")


async def main() -> None:
    me = asyncio.current_task()
    assert me is not None
    me.set_name("main-task")
    print("current:", me.get_name())
    ok = asyncio.create_task(succeed(7), name="ok")
    bad = asyncio.create_task(fail(), name="bad")
    slow = asyncio.create_task(sleeper(), name="slow")
    for t in (ok, bad, slow):
        t.add_done_callback(report)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    print("ok done before:", ok.done())
    try:
        ok.result()
    except asyncio.InvalidStateError:
        print("result() before completion: InvalidStateError")
    await asyncio.sleep(0.3)  # well after ok and bad finish, even on a loaded machine
    slow.cancel()
    await asyncio.sleep(0)
    print("ok:", ok.done(), ok.result(), ok.exception())
    print("bad:", bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except ValueError as exc:
        print("bad.result() raised", exc)
    print("slow cancelled:", slow.cancelled())
    try:
        slow.exception()
    except asyncio.CancelledError:
        print("slow.exception() raised CancelledError")
    slow.set_name("renamed")
    print("renamed:", slow.get_name())
    print("remaining:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
