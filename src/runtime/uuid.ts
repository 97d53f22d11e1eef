/** `uuid`: UUID values (16 bytes) with Python's parsing and printing; random and name-based UUIDs over `node:crypto`. */
import { createHash as uuCreateHash, randomUUID as uuRandomUUID } from "node:crypto";
import { TypeError, ValueError } from "./exceptions";

const uuHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** `uuid.UUID`. */
export class UUID {
  static readonly __name__ = "UUID";
  readonly bytes: Uint8Array;

  /** From its hex form (braces, hyphens and a `urn:uuid:` prefix allowed, as Python) or its 16 bytes. */
  constructor(hex: string | null, bytes?: Uint8Array | null) {
    if (hex !== null) {
      const digits = hex.replace(/urn:/g, "").replace(/uuid:/g, "").replace(/^[{}]+|[{}]+$/g, "").replace(/-/g, "");
      if (!/^[0-9a-fA-F]{32}$/.test(digits)) throw new ValueError("badly formed hexadecimal UUID string");
      this.bytes = new Uint8Array(Buffer.from(digits, "hex"));
    } else {
      if (bytes === null || bytes === undefined) throw new TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
      if (bytes.length !== 16) throw new ValueError("bytes is not a 16-char string");
      this.bytes = Uint8Array.from(bytes);
    }
  }

  get hex(): string {
    return uuHex(this.bytes);
  }

  get urn(): string {
    return `urn:uuid:${this.__str__()}`;
  }

  /** The version number for an RFC 4122 UUID, else None. */
  get version(): number | null {
    return (this.bytes[8]! & 0xc0) === 0x80 ? this.bytes[6]! >> 4 : null;
  }

  __str__(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  __repr__(): string {
    return `UUID('${this.__str__()}')`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof UUID && other.hex === this.hex;
  }

  __lt__(other: UUID): boolean {
    return this.hex < other.hex;
  }

  __hash__(): string {
    return this.hex;
  }
}

/** A UUID of `version` from the first 16 bytes of `digest`: the version and RFC 4122 variant bits set. */
function uuFromDigest(digest: Uint8Array, version: number): UUID {
  const bytes = digest.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | (version << 4);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return new UUID(null, bytes);
}

export function uuid4(): UUID {
  return new UUID(uuRandomUUID());
}

function uuNameBased(algorithm: string, version: number, namespace: UUID, name: string | Uint8Array): UUID {
  const hash = uuCreateHash(algorithm).update(namespace.bytes).update(typeof name === "string" ? Buffer.from(name, "utf8") : name);
  return uuFromDigest(new Uint8Array(hash.digest()), version);
}

export function uuid3(namespace: UUID, name: string | Uint8Array): UUID {
  return uuNameBased("md5", 3, namespace, name);
}

export function uuid5(namespace: UUID, name: string | Uint8Array): UUID {
  return uuNameBased("sha1", 5, namespace, name);
}

export const NAMESPACE_DNS = new UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
export const NAMESPACE_URL = new UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
export const NAMESPACE_OID = new UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
export const NAMESPACE_X500 = new UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
