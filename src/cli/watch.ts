import type { BatchOptions } from "./batch-options";
import type { BatchIo } from "./batch";

/** Placeholder until watch mode lands. */
export async function watchBatch(options: BatchOptions, io: BatchIo): Promise<number> {
  void options;
  io.stderr("py2ts-async: --watch is not available yet\n");
  return 2;
}
