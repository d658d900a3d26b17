import { afterAll } from 'vitest';
import { SIMULATOR_CREDENTIALS, startSimulator } from '../../simulator/index.js';
import { runAdapterConformance } from '../../testing/index.js';
import { guangdongAdapter } from './adapter.js';

const sim = await startSimulator({ port: 0, exposeCaptchaAnswers: true });
afterAll(() => sim.close());

const gd = SIMULATOR_CREDENTIALS.guangdong;

runAdapterConformance({
  adapter: guangdongAdapter.create({
    baseUrl: `${sim.url}/guangdong`,
    paasId: gd.paasId,
    token: gd.token,
    sm4Key: gd.sm4Key,
    sm2PrivateKey: gd.clientKeys.privateKey,
    sm2PublicKey: gd.serverKeys.publicKey,
    oauth: gd.oauth,
    paymentSecret: gd.paymentSecret,
  }),
  fixtures: sim.fixtures.guangdong,
});
