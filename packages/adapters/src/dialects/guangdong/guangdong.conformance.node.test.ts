import { afterAll } from 'vitest';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../../simulator/index.js';
import { guangdongSimConfig } from '../../simulator/test-helpers.js';
import { runAdapterConformance } from '../../testing/index.js';
import { guangdongAdapter } from './adapter.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true });
afterAll(() => sim.close());

const gd = SIMULATOR_CREDENTIALS.guangdong;

runAdapterConformance({
  adapter: guangdongAdapter.create({
    ...guangdongSimConfig(sim.url),
    oauth: gd.oauth,
    paymentSecret: gd.paymentSecret,
  }),
  fixtures: sim.fixtures.guangdong,
});
