/**
 * Every message the translator can show, with its stable code. Codes are never reused:
 * 1xxx syntax, 2xxx meaning of the program, 3xxx constructs without a mapping yet,
 * 4xxx input and output files, 5xxx checks of the translations (`--verify`), 9xxx bugs in the translator itself.
 * `docs/diagnostics.md` documents each code; a test keeps the two in step.
 */
export type Severity = "error" | "warning";

export interface MessageDef {
  readonly code: number;
  readonly severity: Severity;
  /** `{name}` placeholders are filled from the arguments given at the report site. */
  readonly text: string;
}

export const Msg = {
  invalidSyntax: { code: 1001, severity: "error", text: "Invalid syntax near '{snippet}'." },
  missingToken: { code: 1002, severity: "error", text: "Expected '{token}' here." },
  newerSyntax: { code: 1003, severity: "error", text: "{construct} is Python syntax newer than 3.11; rewrite it in 3.11 syntax." },
  notUtf8: { code: 1004, severity: "error", text: "The file is not valid UTF-8 (first bad byte at offset {offset}); save it as UTF-8." },
  invalidStatement: { code: 1006, severity: "error", text: "{problem}: CPython rejects this." },
  nestingTooDeep: { code: 1005, severity: "error", text: "Expressions or blocks are nested {depth} levels deep; the translator supports at most {limit}." },

  awaitOutsideAsync: { code: 2001, severity: "error", text: "'await' is only allowed inside 'async def'." },
  asyncWithOutsideAsync: { code: 2002, severity: "error", text: "'{construct}' is only allowed inside 'async def'." },
  undefinedName: { code: 2003, severity: "error", text: "'{name}' is not defined in this module." },
  unknownKeyword: { code: 2004, severity: "error", text: "'{callee}' has no parameter named '{name}'." },
  wrongArgCount: { code: 2005, severity: "error", text: "'{callee}' takes {expected} positional arguments but {given} were given." },
  missingArgument: { code: 2006, severity: "error", text: "'{callee}' is missing the required argument '{name}'." },
  unknownCallee: { code: 2007, severity: "error", text: "Keyword arguments to '{callee}' cannot be mapped: the callee is not known to the translator." },
  requiresAsyncWith: { code: 2008, severity: "error", text: "'{name}' must be used with 'async with'." },
  notAwaitable: { code: 2009, severity: "error", text: "'{name}' is not awaitable." },
  unsupportedImport: { code: 2010, severity: "error", text: "Module '{module}' is outside the supported standard library and aiohttp surface." },
  renamed: { code: 2011, severity: "warning", text: "'{name}' is renamed to '{renamed}' in TypeScript, where '{name}' is {reason}." },

  noMapping: { code: 3001, severity: "error", text: "'{name}' has no TypeScript mapping yet." },
  argumentIgnored: { code: 3002, severity: "warning", text: "Argument '{arg}' of '{name}' is ignored: {reason}." },
  unsupportedConstruct: { code: 3003, severity: "error", text: "{construct} is not supported yet." },
  unsupportedArgument: { code: 3004, severity: "error", text: "Argument '{arg}' of '{name}' is not supported yet." },
  cannotHonour: { code: 3005, severity: "error", text: "'{name}' cannot be honoured by fetch: {reason}." },
  dynamicUnknown: { code: 3006, severity: "error", text: "The type of '{expr}' is not known, so '{operation}' cannot be translated faithfully; add a type hint." },
  noThread: { code: 3007, severity: "warning", text: "'{name}' runs the function on the event loop: there are no threads in the translation." },
  noEffect: { code: 3008, severity: "warning", text: "'{name}' has no effect in the translation: {reason}." },

  cannotReadInput: { code: 4001, severity: "error", text: "Cannot read '{path}': {reason}." },
  cannotWriteOutput: { code: 4002, severity: "error", text: "Cannot write '{path}': {reason}." },
  emptyInput: { code: 4003, severity: "warning", text: "The file is empty; the translation is an empty module." },
  outputDrifted: { code: 4004, severity: "error", text: "The translation in '{path}' is out of date; run without --check to update it." },
  outputMissing: { code: 4005, severity: "error", text: "The translation '{path}' is missing; run without --check to write it." },

  typeCheckFailed: { code: 5001, severity: "error", text: "The translation does not type-check: {message} (TS{tsCode} at {where})." },
  runMismatch: { code: 5002, severity: "error", text: "Run under Node, the translation behaves differently from Python: {difference}." },

  internalError: { code: 9999, severity: "error", text: "Internal error in the translator while translating this file: {message}. Please report it with the input file." },
} as const satisfies Record<string, MessageDef>;

export type MessageKey = keyof typeof Msg;
