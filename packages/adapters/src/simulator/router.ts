import type { Reply, SimRequest } from './http-io.js';

/** Handles one matched request. */
export type Handler = (request: SimRequest) => Promise<Reply>;

/** One route: a method and a path pattern whose `:name` segments become `request.params`. */
export interface Route {
  /** Upper-case method. */
  readonly method: string;
  /** e.g. `/national/cases/:id/confirm`. */
  readonly pattern: string;
  /** The handler. */
  readonly handler: Handler;
}

/** A matched route: its handler and the decoded path parameters. */
export interface RouteMatch {
  /** The handler. */
  readonly handler: Handler;
  /** `:name` → decoded segment. */
  readonly params: Record<string, string>;
}

/** A tiny router over path patterns; the first route that matches wins. */
export class Router {
  readonly #routes: { method: string; segments: string[]; handler: Handler }[] = [];

  /** Adds routes. */
  add(...routes: readonly Route[]): this {
    for (const route of routes) this.#routes.push({ method: route.method, segments: route.pattern.split('/'), handler: route.handler });
    return this;
  }

  /** The route matching `method` and `path`, or `undefined`. */
  match(method: string, path: string): RouteMatch | undefined {
    const parts = path.split('/');
    for (const route of this.#routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((segment, i) => {
        const part = parts[i] ?? '';
        if (segment.startsWith(':')) {
          if (part === '') return false;
          try {
            params[segment.slice(1)] = decodeURIComponent(part);
          } catch {
            return false;
          }
          return true;
        }
        return segment === part;
      });
      if (ok) return { handler: route.handler, params };
    }
    return undefined;
  }
}
