/**
 * `signal`, `os.kill` and `loop.add_signal_handler`. Expected values and orders are CPython 3.11's
 * on Linux (the fixture builtins/signal-usage runs the same scenarios end to end).
 */
import { OSError, TypeError, ValueError } from "../../src/runtime/exceptions";
import { repr, str } from "../../src/runtime/repr";
import { enumMembers } from "../../src/runtime/enum";
import { Handlers, Signals, defaultIntHandler, getsignal, osKill, raiseSignal, signalHandler, strsignal } from "../../src/runtime/signal";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { dependencyOrder, inlineBundle, runtimeDir, runtimeFiles } from "../support/runtime-bundle";

describe("signal module", () => {
  test("Signals members print as their number, repr as the enum member", () => {
    expect([str(Signals.SIGTERM), repr(Signals.SIGTERM), Signals.SIGINT.name, Number(Signals.SIGUSR1)]).toEqual(["15", "<Signals.SIGTERM: 15>", "SIGINT", 10]);
    expect(repr(Handlers.SIG_DFL)).toBe("<Handlers.SIG_DFL: 0>");
    expect(enumMembers(Signals).map((s) => s.value)).toEqual([...enumMembers(Signals).map((s) => s.value)].sort((a, b) => a - b));
  });

  test("strsignal gives the system's description", () => {
    expect([strsignal(Signals.SIGTERM), strsignal(2), strsignal(Signals.SIGUSR2)]).toEqual(["Terminated", "Interrupt", "User defined signal 2"]);
  });

  test("signal() returns the previous handler; a signal sent to the program itself runs the handler at once", () => {
    const log: string[] = [];
    expect(getsignal(Signals.SIGINT)).toBe(defaultIntHandler);
    expect(signalHandler(Signals.SIGHUP, (signum) => log.push(`hup ${signum}`))).toBe(Handlers.SIG_DFL);
    osKill(process.pid, Signals.SIGHUP);
    raiseSignal(1);
    log.push("after");
    expect(signalHandler(Signals.SIGHUP, Handlers.SIG_DFL)).toBeInstanceOf(Function);
    expect(getsignal(Signals.SIGHUP)).toBe(Handlers.SIG_DFL);
    expect(log).toEqual(["hup 1", "hup 1", "after"]);
  });

  test("CPython's errors", () => {
    expect(() => signalHandler(99, Handlers.SIG_IGN)).toThrow(new ValueError("signal number out of range"));
    expect(() => signalHandler(Signals.SIGKILL, Handlers.SIG_IGN)).toThrow(OSError);
    expect(() => signalHandler(Signals.SIGINT, 5 as unknown as Handlers)).toThrow(new TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
  });
});

/**
 * Jest's sandboxed `process` does not receive real signals, so the loop's handlers are tested in a
 * Node process of their own, running the asyncio runtime as inline mode bundles it.
 */
describe("loop.add_signal_handler", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-signal-"));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The program's stdout lines, after the runtime it runs on. */
  function runProgram(name: string, program: string): string[] {
    const source = `${inlineBundle(dependencyOrder([...runtimeFiles("asyncio"), path.join(runtimeDir, "signal.ts")]))}\n// ---- program\n${program}\n`;
    const file = path.join(dir, `${name}.mjs`);
    fs.writeFileSync(file, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    const result = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return result.stdout.trimEnd().split("\n");
  }

  test("the callback runs as a loop callback two iterations after the signal, like CPython's self-pipe; errors", () => {
    const out = runProgram(
      "order",
      `
const log: string[] = [];
await run(async () => {
  const loop = getRunningLoop();
  const stop = new Event();
  loop.addSignalHandler(Signals.SIGUSR1, (name: string) => log.push(\`handler \${name} \${loop.isRunning()}\`), "usr1");
  loop.addSignalHandler(Signals.SIGUSR2, () => stop.set());
  osKill(process.pid, Signals.SIGUSR1);
  log.push("after kill");
  await sleep(0);
  log.push("first yield");
  await sleep(0);
  log.push("second yield");
  osKill(process.pid, Signals.SIGUSR2);
  await stop.wait();
  log.push("stopped");
  log.push(\`\${loop.removeSignalHandler(Signals.SIGUSR1)} \${loop.removeSignalHandler(Signals.SIGUSR1)} \${loop.removeSignalHandler(Signals.SIGUSR2)}\`);
  const attempt = (f: () => void): void => {
    try {
      f();
    } catch (e) {
      log.push(String(e));
    }
  };
  attempt(() => loop.addSignalHandler(Signals.SIGKILL, () => undefined));
  attempt(() => loop.addSignalHandler(0, () => undefined));
  attempt(() => loop.addSignalHandler(Signals.SIGUSR1, async () => undefined));
});
console.log(log.join("\\n"));
`,
    );
    expect(out).toEqual([
      "after kill",
      "first yield",
      "second yield",
      "handler usr1 true",
      "stopped",
      "true false true",
      "RuntimeError: sig 9 cannot be caught",
      "ValueError: invalid signal number 0",
      "TypeError: coroutines cannot be used with add_signal_handler()",
    ]);
  }, 30_000);

  test("run_forever waits for the signal however long it takes; closing the loop removes the handlers", () => {
    const out = runProgram(
      "forever",
      `
const loop = newEventLoop();
loop.addSignalHandler(Signals.SIGTERM, () => loop.stop());
setTimeout(() => process.kill(process.pid, "SIGTERM"), 50).unref();
await loop.runForever();
console.log("stopped", process.listenerCount("SIGTERM"));
loop.close();
console.log("closed", process.listenerCount("SIGTERM"), loop._signalKeepAlive);
`,
    );
    expect(out).toEqual(["stopped 1", "closed 0 null"]);
  }, 30_000);
});
