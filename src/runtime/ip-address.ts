/**
 * Python's `ipaddress` parsing of address text, as `urllib.parse` checks a bracketed host with it
 * and yarl (aiohttp's URLs) normalises hosts with it.
 */

/** The 4 octets of a dotted-decimal IPv4 address as Python's `ipaddress` accepts it, or null. */
export function ipV4Octets(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return null;
    if (p.length > 1 && p[0] === "0") return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/** The 8 hextets of an IPv6 address, or null. */
export function ipV6Hextets(s: string): number[] | null {
  if (s.length === 0 || !/^[0-9A-Fa-f:.]+$/.test(s)) return null;
  let text = s;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    const v4 = ipV4Octets(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = text.slice(0, lastColon + 1) + ((v4[0] << 8) | v4[1]).toString(16) + ":" + ((v4[2] << 8) | v4[3]).toString(16);
  }
  const dbl = text.indexOf("::");
  if (dbl >= 0 && text.indexOf("::", dbl + 1) >= 0) return null;
  const parseGroup = (g: string): number | null => (/^[0-9A-Fa-f]{1,4}$/.test(g) ? parseInt(g, 16) : null);
  let head: string[];
  let rest: string[];
  if (dbl >= 0) {
    const left = text.slice(0, dbl);
    const right = text.slice(dbl + 2);
    head = left === "" ? [] : left.split(":");
    rest = right === "" ? [] : right.split(":");
  } else {
    head = text === "" ? [] : text.split(":");
    rest = [];
  }
  const total = head.length + rest.length;
  if (dbl < 0 && total !== 8) return null;
  if (dbl >= 0 && total > 7) return null;
  const out: number[] = [];
  for (const g of head) {
    const n = parseGroup(g);
    if (n === null) return null;
    out.push(n);
  }
  if (dbl >= 0) for (let i = 0; i < 8 - total; i++) out.push(0);
  for (const g of rest) {
    const n = parseGroup(g);
    if (n === null) return null;
    out.push(n);
  }
  return out.length === 8 ? out : null;
}
