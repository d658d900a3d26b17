import { afterAll } from 'vitest';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../../simulator/index.js';
import { nationalSimConfig } from '../../simulator/test-helpers.js';
import { runAdapterConformance } from '../../testing/index.js';
import { nationalAdapter } from './adapter.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true });
afterAll(() => sim.close());

const credentials = SIMULATOR_CREDENTIALS.national;

runAdapterConformance({
  adapter: nationalAdapter.create({
    ...nationalSimConfig(sim.url),
    oauth: credentials.oauth,
    paymentSecret: credentials.paymentSecret,
  }),
  fixtures: sim.fixtures.national,
});
