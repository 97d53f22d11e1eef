/** The asyncio runtime (import mode entry point; inline mode copies the files it needs). */
export * from "./errors";
export * from "./loop";
export * from "./future";
export * from "./task";
export * from "./unix-signals";
export * from "./eventloop";
export * from "./sleep";
export * from "./gather";
export * from "./locks";
export * from "./queues";
export * from "./wait";
export * from "./timeouts";
export * from "./taskgroup";
export * from "./runners";
export * from "./aiter";
export * from "./threads";
