/**
 * py2ts-async's library API: translate Python asyncio/aiohttp source to TypeScript.
 *
 *     import { transpile } from "py2ts-async";
 *     const { code, diagnostics } = transpile(pythonSource);
 */
export { transpile, type TranspileOptions, type TranspileResult } from "./transpile";
export { transpileProject, moduleNameOf, outputPathOf, type ProjectFile, type ProjectOptions, type ProjectResult } from "./project";
export type { Diagnostic, Position } from "./diagnostics/diagnostic";
export { formatDiagnostic, type FormatOptions } from "./diagnostics/format";
export { Msg, type MessageDef, type Severity } from "./diagnostics/messages";
