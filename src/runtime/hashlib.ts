/**
 * `hashlib` and `hmac` over Node's synchronous `createHash`/`createHmac`. A hash object can be
 * read (`digest()`) and then updated again, as in Python: reading digests a copy.
 */
import { createHash as hlCreateHash, createHmac as hlCreateHmac, timingSafeEqual as hlTimingSafeEqual, type Hash as HlHash } from "node:crypto";
import { TypeError, ValueError } from "./exceptions";

/** Python's algorithm name → Node's name, digest size and block size (bytes). */
const HASH_ALGORITHMS: ReadonlyMap<string, readonly [string, number, number]> = new Map([
  ["md5", ["md5", 16, 64]],
  ["sha1", ["sha1", 20, 64]],
  ["sha224", ["sha224", 28, 64]],
  ["sha256", ["sha256", 32, 64]],
  ["sha384", ["sha384", 48, 128]],
  ["sha512", ["sha512", 64, 128]],
  ["sha3_256", ["sha3-256", 32, 136]],
  ["sha3_512", ["sha3-512", 64, 72]],
  ["blake2b", ["blake2b512", 64, 128]],
  ["blake2s", ["blake2s256", 32, 64]],
]);

function hashAlgorithm(name: string): readonly [string, number, number] {
  const found = HASH_ALGORITHMS.get(name.toLowerCase());
  if (found === undefined) throw new ValueError(`unsupported hash type ${name}`);
  return found;
}

/** The bytes to hash: Python refuses a str. */
function hashInput(data: Uint8Array): Uint8Array {
  if (typeof data === "string") throw new TypeError("Strings must be encoded before hashing");
  return data;
}

const hashHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** A `hashlib` hash object (`hashlib.sha256(b"...")`). */
export class HashObject {
  static readonly __name__ = "HASH";
  readonly name: string;
  readonly digest_size: number;
  readonly block_size: number;
  private readonly state: HlHash;

  constructor(name: string, data?: Uint8Array, state?: HlHash) {
    const [node, size, block] = hashAlgorithm(name);
    this.name = name.toLowerCase();
    this.digest_size = size;
    this.block_size = block;
    this.state = state ?? hlCreateHash(node);
    if (data !== undefined) this.update(data);
  }

  update(data: Uint8Array): void {
    this.state.update(hashInput(data));
  }

  digest(): Uint8Array {
    return new Uint8Array(this.state.copy().digest());
  }

  hexdigest(): string {
    return hashHex(this.digest());
  }

  copy(): HashObject {
    return new HashObject(this.name, undefined, this.state.copy());
  }
}

/** `hashlib.new(name, data)`. */
export function hashNew(name: string, data?: Uint8Array): HashObject {
  return new HashObject(name, data);
}

/** `hashlib.sha256` used as a value (a `digestmod`, a factory passed around): the constructor of that algorithm. */
export type HashConstructor = ((data?: Uint8Array) => HashObject) & { readonly hashName: string };

export function hashConstructor(name: string): HashConstructor {
  return Object.assign((data?: Uint8Array) => new HashObject(name, data), { hashName: name });
}

/** `hashlib.sha256`, `"sha256"`, or a module-like `digestmod`: the algorithm's name. */
function hmacAlgorithm(digestmod: string | HashConstructor): string {
  if (digestmod === "") throw new TypeError("Missing required parameter 'digestmod'.");
  return typeof digestmod === "string" ? digestmod : digestmod.hashName;
}

/** An `hmac.HMAC` object; the message is kept so that it can be digested at any point, as in Python. */
export class HmacObject {
  static readonly __name__ = "HMAC";
  readonly name: string;
  readonly digest_size: number;
  readonly block_size: number;
  private readonly algorithm: string;
  private readonly chunks: Uint8Array[] = [];

  constructor(
    private readonly key: Uint8Array,
    msg: Uint8Array | null | undefined,
    digestmod: string | HashConstructor,
  ) {
    const name = hmacAlgorithm(digestmod);
    const [node, size, block] = hashAlgorithm(name);
    this.algorithm = node;
    this.name = `hmac-${name.toLowerCase()}`;
    this.digest_size = size;
    this.block_size = block;
    hashInput(key);
    if (msg !== null && msg !== undefined) this.update(msg);
  }

  update(msg: Uint8Array): void {
    this.chunks.push(hashInput(msg));
  }

  digest(): Uint8Array {
    const mac = hlCreateHmac(this.algorithm, this.key);
    for (const chunk of this.chunks) mac.update(chunk);
    return new Uint8Array(mac.digest());
  }

  hexdigest(): string {
    return hashHex(this.digest());
  }
}

/** `hmac.digest(key, msg, digest)`: the one-shot form. */
export function hmacDigest(key: Uint8Array, msg: Uint8Array, digest: string | HashConstructor): Uint8Array {
  return new HmacObject(key, msg, digest).digest();
}

/** `hmac.compare_digest(a, b)`: equal bytes (or ASCII strs), compared in constant time. */
export function compareDigest(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a !== typeof b) throw new TypeError("a bytes-like object is required, not 'str'");
  if (typeof a === "string" && /[^\x00-\x7f]/.test(a + String(b))) throw new TypeError("comparing strings with non-ASCII characters is not supported");
  const x = typeof a === "string" ? Buffer.from(a, "latin1") : a;
  const y = typeof b === "string" ? Buffer.from(b, "latin1") : b;
  return x.length === y.length && hlTimingSafeEqual(x, y);
}
