/** Options every adapter call accepts. */
export interface CallOptions {
  /** Cancels the call (and any retry waiting to run). */
  readonly signal?: AbortSignal;
  /** Overrides the adapter's total timeout for this call, in milliseconds. */
  readonly timeoutMs?: number;
}

/** A page of results in the kit's one paging style (adapters map the province's). */
export interface Page<T> {
  /** The entries of this page. */
  readonly items: readonly T[];
  /** How many entries exist in all. */
  readonly total: number;
  /** The page number, from 1. */
  readonly page: number;
  /** The page size asked for. */
  readonly pageSize: number;
}

/** Which page to fetch. */
export interface PageQuery {
  /** From 1; default 1. */
  readonly page?: number;
  /** Default 20; adapters cap it at what the province allows. */
  readonly pageSize?: number;
}
