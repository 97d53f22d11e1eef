# signal: the Signals enum, signal.signal handlers (a signal the program sends itself runs the
# handler before os.kill returns), and loop.add_signal_handler callbacks, which run as loop
# callbacks once the current task has yielded (two loop iterations later, as in CPython).
import asyncio
import os
import signal

received: list[str] = []


def on_signal(name: str, loop: asyncio.AbstractEventLoop) -> None:
    print("loop handler:", name, loop.is_running())
    received.append(name)


def on_hup(signum: int, frame: object) -> None:
    print("signal.signal handler:", signum, signal.Signals(signum).name)


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(signal.SIGTERM, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.SIGHUP.name, signal.SIGINT.value)
    print(signal.SIGTERM == 15, signal.SIGUSR2 > signal.SIGUSR1, f"{signal.SIGINT}", signal.Signals(2) == signal.SIGINT)
    print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1))

    previous = signal.signal(signal.SIGHUP, on_hup)
    print(previous == signal.SIG_DFL, signal.getsignal(signal.SIGHUP) == on_hup)
    os.kill(os.getpid(), signal.SIGHUP)
    print("after kill SIGHUP")
    signal.signal(signal.SIGHUP, signal.SIG_DFL)

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "usr1", loop)
    loop.add_signal_handler(signal.SIGUSR2, stop.set)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after kill SIGUSR1")
    await asyncio.sleep(0)
    print("after first yield", received)
    await asyncio.sleep(0)
    print("after second yield", received)
    os.kill(os.getpid(), signal.SIGUSR2)
    await stop.wait()
    print("stopped by SIGUSR2", stop.is_set(), received)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(loop.remove_signal_handler(signal.SIGUSR2))
    try:
        loop.add_signal_handler(signal.SIGKILL, on_signal, "kill", loop)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.add_signal_handler(0, on_signal, "zero", loop)
    except ValueError as e:
        print("ValueError:", e)


def run_until_signalled() -> None:
    # The classic server shape: run_forever until SIGTERM stops the loop.
    loop = asyncio.new_event_loop()
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.call_soon(os.kill, os.getpid(), signal.SIGTERM)
    loop.run_forever()
    print("loop stopped by SIGTERM", loop.is_running())
    loop.close()


asyncio.run(main())
run_until_signalled()
