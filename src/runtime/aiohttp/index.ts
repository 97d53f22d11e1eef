/** The aiohttp client runtime (import mode entry point; inline mode copies the declarations it needs). */
export * from "./loop-bridge";
export * from "./errors";
export * from "./headers";
export * from "./url";
export * from "./cookies";
export * from "./timeout";
export * from "./streams";
export * from "./connector";
export * from "./fetch";
export * from "./response";
export * from "./request";
export * from "./session";
