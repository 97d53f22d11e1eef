/**
 * Python's `print()`. Arguments whose formatting needs a shape (floats, tuples) are converted to strings
 * by the translator before the call, so each argument here goes through plain `str()`.
 */
import { str } from "./repr";

export interface PrintOptions {
  readonly sep?: string | null;
  readonly end?: string | null;
  readonly file?: "stdout" | "stderr";
  readonly flush?: boolean;
}

/** `print(*args, sep=..., end=..., file=..., flush=...)`; writes synchronously (files and pipes on Linux). */
export function print(args: readonly unknown[], options?: PrintOptions): void {
  const sep = options?.sep ?? " ";
  const end = options?.end ?? "\n";
  let text = "";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    text += (i === 0 ? "" : sep) + (typeof arg === "string" ? arg : str(arg));
  }
  text += end;
  if (text === "") return;
  (options?.file === "stderr" ? process.stderr : process.stdout).write(text);
}
