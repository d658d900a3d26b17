/*
 * Dependency graphs of a form: which fields a field's value or visibility reads. Computed values
 * and visibility must be evaluated dependencies first, and must not depend on themselves.
 */

/** A dependency graph: node → the nodes it reads (unknown nodes are ignored). */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/** The shortest path from `start` back to itself through `members`, e.g. `['a', 'b', 'a']`. */
function cycleThrough(graph: DependencyGraph, start: string, members: ReadonlySet<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) path.unshift(at);
        return [start, ...path];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/**
 * The cycles of a graph: one per strongly connected component that has more than one node or a
 * self-loop, each as a path that starts and ends at its earliest node (in the graph's order).
 */
export function findCycles(graph: DependencyGraph): string[][] {
  const order = [...graph.keys()];
  const rank = new Map(order.map((key, i) => [key, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  // Iterative Tarjan, so a long chain of dependencies cannot exhaust the stack.
  for (const root of order) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const deps = (graph.get(frame.node) ?? []).filter((d) => graph.has(d));
      if (frame.next < deps.length) {
        const dep = deps[frame.next++] as string;
        if (!index.has(dep)) {
          index.set(dep, counter);
          low.set(dep, counter++);
          stack.push(dep);
          onStack.add(dep);
          work.push({ node: dep, next: 0 });
        } else if (onStack.has(dep)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(dep) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === frame.node) break;
      }
      const selfLoop = component.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfLoop) {
        component.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
        cycles.push(cycleThrough(graph, component[0] as string, new Set(component)));
      }
    }
  }
  return cycles.sort((a, b) => (rank.get(a[0] as string) as number) - (rank.get(b[0] as string) as number));
}

/**
 * The nodes of an acyclic graph, each after the nodes it reads, otherwise in the graph's order.
 * Nodes on a cycle (which `findCycles` reports) are placed where the walk meets them.
 */
export function topologicalOrder(graph: DependencyGraph): string[] {
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: string[] = [];
  for (const root of graph.keys()) {
    if (done.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    visiting.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const deps = graph.get(frame.node) ?? [];
      if (frame.next < deps.length) {
        const dep = deps[frame.next++] as string;
        if (graph.has(dep) && !done.has(dep) && !visiting.has(dep)) {
          visiting.add(dep);
          work.push({ node: dep, next: 0 });
        }
        continue;
      }
      work.pop();
      visiting.delete(frame.node);
      done.add(frame.node);
      out.push(frame.node);
    }
  }
  return out;
}
