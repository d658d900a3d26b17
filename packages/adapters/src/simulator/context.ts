import type { SimulatorState } from './state.js';

/** Resolved options the services and dialects consult. */
export interface SimOptions {
  /** The day the data is "as of". */
  readonly today: string;
  /** Send `X-Sim-Captcha-Answer` with every captcha. */
  readonly exposeCaptchaAnswers: boolean;
  /** Accept the fixed test captcha of `SIMULATOR_CREDENTIALS`. */
  readonly testCaptcha: boolean;
}

/** What every handler of the simulator shares: the state, the options and the server's own URL. */
export interface SimContext {
  /** The data. */
  readonly state: SimulatorState;
  /** The options. */
  readonly options: SimOptions;
  /** `http://127.0.0.1:port`, set once the server listens. */
  baseUrl: string;
}
