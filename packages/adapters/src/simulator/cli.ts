/**
 * Starts the provincial-system simulator from the command line and prints its URL and
 * credentials: `tsx packages/adapters/src/simulator/cli.ts [--port 4010] [--host 127.0.0.1]
 * [--cases 300] [--seed 2026] [--expose-captcha-answers]`. Ctrl-C stops it.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startSimulator } from './server.js';

/** Runs the CLI with `argv` (without the node and script paths); resolves once the server listens. */
export async function main(argv: readonly string[]): Promise<() => Promise<void>> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      cases: { type: 'string', default: '300' },
      seed: { type: 'string', default: '2026' },
      'expose-captcha-answers': { type: 'boolean', default: false },
    },
  });
  const number = (name: string, value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${value}`);
    return n;
  };
  const sim = await startSimulator({
    port: number('port', values.port),
    host: values.host,
    cases: number('cases', values.cases),
    seed: number('seed', values.seed),
    exposeCaptchaAnswers: values['expose-captcha-answers'],
  });
  const c = sim.credentials;
  const lines = [
    `四级通 provincial simulator listening on ${sim.url}`,
    `  national  ${sim.url}/national   HMAC accessKey=${c.national.accessKey} secret=${c.national.secret}`,
    `  guangdong ${sim.url}/guangdong  TIF paasId=${c.guangdong.paasId} token=${c.guangdong.token} sm4Key=${c.guangdong.sm4Key}`,
    `  OAuth clients: ${c.national.oauth.clientId} / ${c.guangdong.oauth.clientId}; test users (password Sim@2026): ${c.users.map((u) => u.username).join(', ')}`,
    `  lookup example: ${sim.fixtures.national.lookup?.caseNumber ?? ''} + ${sim.fixtures.national.lookup?.applicantName ?? ''} / ${sim.fixtures.national.lookup?.queryPassword ?? ''}`,
    '  spec: docs/dialects.md; all credentials: SIMULATOR_CREDENTIALS',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return () => sim.close();
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main(process.argv.slice(2))
    .then((stop) => {
      const shutdown = (): void => {
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
