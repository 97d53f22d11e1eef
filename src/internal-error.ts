/** A broken invariant inside the translator: reported as PY2TS9999 for the file, never shown to users as a stack trace. */
export class InternalError extends Error {
  override name = "InternalError";
}
