/**
 * The program as a whole: `__name__ == "__main__"`, `sys.exit`, the environment, blocking sleep.
 */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { KeyError, SystemExit } from "./exceptions";

/** `if __name__ == "__main__":` — is the module with this `import.meta.url` the one Node was started with? */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  const candidates = [script];
  try {
    candidates.push(realpathSync(script));
  } catch {
    // A script path that cannot be resolved is simply compared as given.
  }
  const strip = (url: string): string => url.replace(/\.(ts|mts|js|mjs|cjs)$/, "");
  return candidates.some((p) => strip(pathToFileURL(p).href) === strip(moduleUrl));
}

/** `sys.exit(code)`: raises SystemExit, so `finally` blocks run, as in Python. */
export function exit(code: unknown = null): never {
  throw new SystemExit(code);
}

/** `os.environ["X"]`: KeyError when unset, as in Python. */
export function environItem(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new KeyError(name);
  return value;
}

/** `time.sleep(s)` blocks the whole program, as in Python (it does in an asyncio program too). */
export function sleepBlocking(seconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, seconds * 1000));
}

/** `(type(e), e, None)` for `__exit__`/`__aexit__`. */
export function excInfo(error: unknown): [unknown, unknown, null] {
  return [error !== null && typeof error === "object" ? error.constructor : null, error, null];
}
