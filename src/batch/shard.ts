/**
 * `--shard i/n`: shard `i` (1-based) takes the i-th of `n` contiguous, nearly equal slices of the
 * sorted module list. Contiguous slices keep packages together, so a shard translates few modules
 * of other shards only for their summaries. The slices depend on nothing but the list and `n`.
 */
export function shardOf<T>(sorted: readonly T[], index: number, count: number): T[] {
  const from = Math.floor(((index - 1) * sorted.length) / count);
  const to = Math.floor((index * sorted.length) / count);
  return sorted.slice(from, to);
}

/**
 * Which shard reports a stale output (a file in the output folder that no source produces): the
 * one its path hashes to, so that exactly one shard reports it.
 */
export function staleBelongsTo(rel: string, index: number, count: number): boolean {
  let h = 2166136261;
  for (let i = 0; i < rel.length; i++) {
    h ^= rel.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h % count === index - 1;
}
