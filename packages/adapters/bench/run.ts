/**
 * `pnpm bench` for @sijitong/adapters (Node, loopback only):
 * 1. HTTP base overhead: `createHttpClient` against raw `fetch` on the same loopback endpoint.
 * 2. Adapter overhead: the national adapter's progress lookup (signing, envelope, mapping, zod)
 *    against a raw signed `fetch` of the same simulator endpoint.
 * 3. 1,000 concurrent progress lookups against the simulator: errors, p50, p99.
 * Figures are printed beside their targets; nothing here runs in CI.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient, ENVELOPE_RULES, nationalAdapter, zhejiangHmacSigner } from '../src/index.js';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../src/simulator/index.js';

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function timeEach(n: number, run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

function line(name: string, figure: string, target: string, pass: boolean): boolean {
  console.log(`${pass ? 'ok  ' : 'MISS'} ${name.padEnd(52)} ${figure.padEnd(40)} target ${target}`);
  return pass;
}

async function httpBaseOverhead(): Promise<boolean> {
  const body = JSON.stringify({ code: '0', msg: 'ok', data: { PROJID: 'JN20261120000001', HANDLESTATE: '05' } });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createHttpClient({ baseUrl: url, envelope: ENVELOPE_RULES.codeMsgData });
  const raw = () => fetch(`${url}/x`).then((r) => r.json());
  const viaClient = () => client.request({ method: 'GET', path: '/x' });
  await timeEach(300, raw);
  await timeEach(300, viaClient);
  const rawSamples: number[] = [];
  const clientSamples: number[] = [];
  for (let round = 0; round < 5; round++) {
    rawSamples.push(...(await timeEach(400, raw)));
    clientSamples.push(...(await timeEach(400, viaClient)));
  }
  server.close();
  const overhead = percentile(clientSamples, 50) - percentile(rawSamples, 50);
  return line(
    'http client overhead over raw fetch, p50 (loopback)',
    `${overhead.toFixed(3)} ms (raw ${percentile(rawSamples, 50).toFixed(3)}, client ${percentile(clientSamples, 50).toFixed(3)})`,
    '≤ 0.3 ms',
    overhead <= 0.3,
  );
}

async function adapterAgainstSimulator(): Promise<boolean> {
  const sim = await startSimulator({ rateLimit: { limit: 1_000_000, windowMs: 60_000 } });
  try {
    const lookup = sim.fixtures.national.lookup;
    if (lookup === undefined) throw new Error('the simulator has no lookup fixture');
    const { accessKey, secret } = SIMULATOR_CREDENTIALS.national;
    const adapter = nationalAdapter.create({ baseUrl: `${sim.url}/national`, accessKey, secretKey: secret });
    const cases = adapter.cases;
    if (cases === undefined) throw new Error('the national adapter has no cases capability');
    const query = { caseNumber: lookup.caseNumber, verification: { kind: 'applicantName' as const, name: lookup.applicantName } };
    const signer = zhejiangHmacSigner({ accessKey, secretKey: secret });
    const rawSigned = async () => {
      const url = new URL(`${sim.url}/national/cases/query`);
      const payload = JSON.stringify({ PROJID: lookup.caseNumber, APPLYNAME: lookup.applicantName });
      const headers = new Headers({ 'content-type': 'application/json' });
      const signed = await signer.sign({ method: 'POST', url, headers, body: payload });
      for (const [k, v] of Object.entries(signed.headers ?? {})) headers.set(k, v);
      return (await fetch(url, { method: 'POST', headers, body: payload })).json();
    };
    const viaAdapter = () => cases.lookup(query);
    await timeEach(200, rawSigned);
    await timeEach(200, viaAdapter);
    const raw: number[] = [];
    const adapted: number[] = [];
    for (let round = 0; round < 4; round++) {
      raw.push(...(await timeEach(250, rawSigned)));
      adapted.push(...(await timeEach(250, viaAdapter)));
    }
    const overhead = percentile(adapted, 50) - percentile(raw, 50);
    const a = line(
      'national adapter lookup overhead over signed fetch, p50',
      `${overhead.toFixed(3)} ms (raw ${percentile(raw, 50).toFixed(3)}, adapter ${percentile(adapted, 50).toFixed(3)})`,
      '≤ 0.3 ms',
      overhead <= 0.3,
    );

    const latencies: number[] = [];
    let errors = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: 1000 }, async () => {
        const t = performance.now();
        try {
          await cases.lookup(query);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }),
    );
    const wall = performance.now() - start;
    const b = line(
      '1,000 concurrent lookups against the simulator',
      `${errors} errors, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${wall.toFixed(0)} ms all`,
      '0 errors',
      errors === 0,
    );
    return a && b;
  } finally {
    await sim.close();
  }
}

console.log(`@sijitong/adapters benchmarks on Node ${process.version}`);
const results = [await httpBaseOverhead(), await adapterAgainstSimulator()];
if (results.includes(false)) process.exitCode = 1;
