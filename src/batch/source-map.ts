const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One Base64 VLQ number, as source maps encode them. */
function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit]!;
  } while (v > 0);
  return out;
}

/**
 * A version 3 source map with line granularity: each generated line that came from Python maps
 * its first column to the start of that Python line. `lineMap[i]` is the 1-based Python line of
 * generated line `i` (0 for lines with no source, such as imports).
 */
export function sourceMapText(file: string, source: string, lineMap: readonly number[]): string {
  let previousSourceLine = 0;
  const lines = lineMap.map((pyLine) => {
    if (pyLine <= 0) return "";
    // Fields: generated column, source index, source line, source column (all but the first relative).
    const segment = `AA${vlq(pyLine - 1 - previousSourceLine)}A`;
    previousSourceLine = pyLine - 1;
    return segment;
  });
  return `${JSON.stringify({ version: 3, file, sources: [source], names: [], mappings: lines.join(";") })}\n`;
}

/** The comment that points a `.ts` file at its map. */
export const sourceMappingComment = (mapFile: string): string => `//# sourceMappingURL=${mapFile}\n`;
