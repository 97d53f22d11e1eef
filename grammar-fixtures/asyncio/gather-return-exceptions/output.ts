import { BaseException, Exception, ValueError, enumerate, gatherWith, mod, pyType, range, repr, run, sleep, str } from "py2ts-async/runtime";

// gather(return_exceptions=True) puts exceptions in the result list instead of raising.

class RemoteError extends Exception {
  code: number;
  constructor(code: number) {
    super(`remote failed with ${code}`);
    this.code = code;
  }
}

async function call(n: number): Promise<string> {
  await sleep(0.01 * (6 - n) * 1000);
  if (mod(n, 3) === 0) {
    throw new RemoteError(500 + n);
  }
  if (n === 4) {
    throw new ValueError("four is not allowed");
  }
  return `ok-${n}`;
}

async function main(): Promise<void> {
  const results = await gatherWith({ returnExceptions: true }, ...[...range(1, 7)].map((n) => () => call(n)));
  for (const [n, result] of enumerate(results, 1)) {
    if (result instanceof RemoteError) {
      console.log(n, "remote error", result.code);
    } else if (result instanceof Exception) {
      console.log(n, "error", pyType(result).__name__, str(result));
    } else {
      console.log(n, "value", str(result));
    }
  }
  const failures: BaseException[] = results.filter((r) => r instanceof BaseException);
  console.log("failures:", failures.length);
  console.log("repr:", str(results.slice(0, 4).map((r) => repr(r))));
}

await run(main);
