/** The faults the simulator can inject (also the tokens of the `X-Sim-Fault` header). */
export const FAULT_KINDS = ['latency', 'status', 'timeout', 'malformed', 'error-code', 'drop'] as const;

/** One kind of fault; see {@link FAULT_KINDS}. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * A fault armed with `setFaults()`: applied to the next `times` requests (default 1) whose path
 * starts with `path` (default: every path).
 *
 * - `latency`: wait `latencyMs` (default 800) before answering (stacks with another fault);
 * - `status`: answer HTTP `status` (default 503) with the dialect's error body;
 * - `timeout`: never answer;
 * - `malformed`: HTTP 200 JSON content type, a body that is not JSON;
 * - `error-code`: HTTP 200 with the dialect's error envelope (`50000`);
 * - `drop`: destroy the connection without an answer.
 */
export interface Fault {
  /** What goes wrong. */
  readonly fault: FaultKind;
  /** How many matching requests it applies to; default 1. */
  readonly times?: number;
  /** Only requests whose path starts with this. */
  readonly path?: string;
  /** For `latency`: milliseconds; default 800. */
  readonly latencyMs?: number;
  /** For `status`: the HTTP status; default 503. */
  readonly status?: number;
}

/** What happens to one request: a delay, then possibly a fault that replaces the answer. */
export interface FaultPlan {
  /** Milliseconds to wait first. */
  readonly latencyMs: number;
  /** The fault that replaces the normal answer, if any. */
  readonly terminal?: Exclude<FaultKind, 'latency'>;
  /** HTTP status of a `status` fault. */
  readonly status: number;
}

function parseEntry(entry: string): Fault | undefined {
  const [name = '', value] = entry.split('=').map((s) => s.trim());
  const number = value === undefined ? undefined : Number(value);
  if (name === 'latency') return { fault: 'latency', latencyMs: number !== undefined && Number.isInteger(number) && number >= 0 && number <= 60000 ? number : 800 };
  if (name === 'status') return { fault: 'status', status: number !== undefined && Number.isInteger(number) && number >= 400 && number <= 599 ? number : 503 };
  if (name === 'timeout' || name === 'malformed' || name === 'error-code' || name === 'drop') return { fault: name };
  return undefined;
}

/** The faults of an `X-Sim-Fault` header (`latency=800, status=503`…); unknown entries are ignored. */
export function parseFaultHeader(header: string | null): Fault[] {
  if (header === null) return [];
  return header
    .split(',')
    .map(parseEntry)
    .filter((f): f is Fault => f !== undefined);
}

/** Armed faults and the per-request header, combined into one {@link FaultPlan} per request. */
export class FaultInjector {
  #armed: { fault: Fault; left: number }[] = [];

  /** Replaces the armed faults. */
  set(faults: readonly Fault[]): void {
    this.#armed = faults.map((fault) => ({ fault, left: Math.max(0, Math.floor(fault.times ?? 1)) }));
  }

  /** How many armed applications are left in all. */
  get pending(): number {
    return this.#armed.reduce((sum, a) => sum + a.left, 0);
  }

  /** The plan for a request to `path` with the given `X-Sim-Fault` header; uses up armed faults that apply. */
  plan(path: string, header: string | null): FaultPlan {
    const faults = parseFaultHeader(header);
    for (const armed of this.#armed) {
      if (armed.left > 0 && (armed.fault.path === undefined || path.startsWith(armed.fault.path))) {
        armed.left -= 1;
        faults.push(armed.fault);
      }
    }
    let latencyMs = 0;
    let terminal: FaultPlan['terminal'];
    let status = 503;
    for (const f of faults) {
      if (f.fault === 'latency') latencyMs += f.latencyMs ?? 800;
      else if (terminal === undefined) {
        terminal = f.fault;
        status = f.status ?? 503;
      }
    }
    return { latencyMs, status, ...(terminal === undefined ? {} : { terminal }) };
  }
}
