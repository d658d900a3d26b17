import { describe, expect, it } from 'vitest';
import { findCycles, topologicalOrder } from './graph.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('dependency graphs', () => {
  it('orders nodes after what they read', () => {
    const order = topologicalOrder(graph({ total: ['price', 'qty'], price: ['rate'], qty: [], rate: [], label: ['total', 'unknown'] }));
    expect(order.indexOf('rate')).toBeLessThan(order.indexOf('price'));
    expect(order.indexOf('price')).toBeLessThan(order.indexOf('total'));
    expect(order.indexOf('qty')).toBeLessThan(order.indexOf('total'));
    expect(order.indexOf('total')).toBeLessThan(order.indexOf('label'));
    expect(order).toHaveLength(5);
  });

  it('finds each cycle once, as a path from its earliest node, self-loops included', () => {
    const cycles = findCycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['d'], e: ['a'], f: ['g'], g: ['f'] }));
    expect(cycles).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
      ['f', 'g', 'f'],
    ]);
  });

  it('has no cycle in an acyclic graph, and survives long chains', () => {
    const chain = graph(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`n${i}`, i === 0 ? [] : [`n${i - 1}`]])));
    expect(findCycles(chain)).toEqual([]);
    expect(topologicalOrder(chain)[0]).toBe('n0');
  });
});
