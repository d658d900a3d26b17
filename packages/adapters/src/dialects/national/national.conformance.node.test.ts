import { afterAll } from 'vitest';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../../simulator/index.js';
import { runAdapterConformance } from '../../testing/index.js';
import { nationalAdapter } from './adapter.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true });
afterAll(() => sim.close());

const credentials = SIMULATOR_CREDENTIALS.national;

runAdapterConformance({
  adapter: nationalAdapter.create({
    baseUrl: `${sim.url}/national`,
    accessKey: credentials.accessKey,
    secretKey: credentials.secret,
    oauth: credentials.oauth,
    paymentSecret: credentials.paymentSecret,
  }),
  fixtures: sim.fixtures.national,
});
