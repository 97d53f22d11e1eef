import { Event, EventLoop, Handlers, RuntimeError, Signals, ValueError, enumByValue, eq, getRunningLoop, getsignal, gt, newEventLoop, osKill, print, repr, run, signalHandler, sleep, str, strsignal, toInt } from "py2ts-async/runtime";

// signal: the Signals enum, signal.signal handlers (a signal the program sends itself runs the
// handler before os.kill returns), and loop.add_signal_handler callbacks, which run as loop
// callbacks once the current task has yielded (two loop iterations later, as in CPython).

const received: string[] = [];

function on_signal(name: string, loop: EventLoop): void {
  console.log("loop handler:", name, str(loop.isRunning()));
  received.push(name);
}

function on_hup(signum: number, frame: unknown): void {
  console.log("signal.signal handler:", signum, enumByValue(Signals, signum).name);
}

async function main(): Promise<void> {
  const loop = getRunningLoop();
  console.log(`${str(Signals.SIGTERM)} ${repr(Signals.SIGTERM)} ${toInt(Signals.SIGUSR1)} ${Signals.SIGHUP.name} ${str(Signals.SIGINT.value)}`);
  print([eq(Signals.SIGTERM, 15), gt(Signals.SIGUSR2, Signals.SIGUSR1), `${str(Signals.SIGINT)}`, eq(enumByValue(Signals, 2), Signals.SIGINT)]);
  print([strsignal(Signals.SIGTERM), strsignal(Signals.SIGUSR1)]);

  const previous = signalHandler(Signals.SIGHUP, on_hup);
  print([eq(previous, Handlers.SIG_DFL), eq(getsignal(Signals.SIGHUP), on_hup)]);
  osKill(process.pid, Signals.SIGHUP);
  console.log("after kill SIGHUP");
  signalHandler(Signals.SIGHUP, Handlers.SIG_DFL);

  const stop = new Event();
  loop.addSignalHandler(Signals.SIGUSR1, on_signal, "usr1", loop);
  loop.addSignalHandler(Signals.SIGUSR2, () => stop.set());
  osKill(process.pid, Signals.SIGUSR1);
  console.log("after kill SIGUSR1");
  await sleep(0);
  console.log("after first yield", str(received));
  await sleep(0);
  console.log("after second yield", str(received));
  osKill(process.pid, Signals.SIGUSR2);
  await stop.wait();
  console.log("stopped by SIGUSR2", str(stop.isSet()), str(received));
  print([loop.removeSignalHandler(Signals.SIGUSR1), loop.removeSignalHandler(Signals.SIGUSR1)]);
  console.log(str(loop.removeSignalHandler(Signals.SIGUSR2)));
  try {
    loop.addSignalHandler(Signals.SIGKILL, on_signal, "kill", loop);
  } catch (e) {
    if (e instanceof RuntimeError) {
      console.log("RuntimeError:", str(e));
    } else {
      throw e;
    }
  }
  try {
    loop.addSignalHandler(0, on_signal, "zero", loop);
  } catch (e) {
    if (e instanceof ValueError) {
      console.log("ValueError:", str(e));
    } else {
      throw e;
    }
  }
}

async function run_until_signalled(): Promise<void> {
  const loop = newEventLoop();
  loop.addSignalHandler(Signals.SIGTERM, () => loop.stop());
  loop.callSoon((pid: number, signal2: number | Signals) => osKill(pid, signal2), process.pid, Signals.SIGTERM);
  await loop.runForever();
  console.log("loop stopped by SIGTERM", str(loop.isRunning()));
  loop.close();
}

await run(main);
await run_until_signalled();
