/**
 * py2ts-async's runtime, for translations made with `--runtime import`
 * (`import { sleep, run } from "py2ts-async/runtime"`). By default translations carry copies of
 * the parts they use instead.
 */
export * from "./exceptions";
export * from "./repr";
export * from "./format-spec";
export * from "./percent-format";
export * from "./str-format";
export * from "./print";
export * from "./json";
export * from "./numbers";
export * from "./truth";
export * from "./compare";
export * from "./sequences";
export * from "./slice-objects";
export * from "./strings";
export * from "./dicts";
export * from "./dict-views";
export * from "./hash-keys";
export * from "./hash-builtin";
export * from "./collections";
export * from "./sets";
export * from "./set-order";
export * from "./math";
export * from "./dynamic";
export * from "./dynamic-ops";
export * from "./program";
export * from "./contextlib";
export * from "./re";
export * from "./enum";
export * from "./functools";
export * from "./named-tuple";
export * from "./urllib";
export * from "./logging";
export * from "./itertools";
export * from "./mersenne-twister";
export * from "./random";
export * from "./signal";
export * from "./signal-names";
export * from "./argparse-actions";
export * from "./argparse";
export * from "./datetime";
export * from "./strptime";
export * from "./base64";
export * from "./hashlib";
export * from "./uuid";
export * from "./string-template";
export * from "./asyncio/index";
export * from "./aiohttp/index";
