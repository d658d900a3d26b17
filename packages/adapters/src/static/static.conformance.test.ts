import { runAdapterConformance, staticConformanceFixtures } from '../testing/index.js';
import { createStaticAdapter } from './static-adapter.js';

const adapter = createStaticAdapter();
runAdapterConformance({ adapter, fixtures: staticConformanceFixtures(adapter) });

// With a captcha required, the fixture's captcha is sent with every lookup. Payments and the
// identity code's single use do not depend on the captcha and are checked by the run above.
const withCaptcha = createStaticAdapter({ id: 'static-captcha', captcha: { id: 'c1', answer: 'K7PX' } });
const fixtures = staticConformanceFixtures(withCaptcha);
runAdapterConformance({
  adapter: withCaptcha,
  name: 'static adapter with captcha',
  fixtures: { ...fixtures, ...(fixtures.lookup === undefined ? {} : { lookup: { ...fixtures.lookup, captcha: { id: 'c1', answer: 'k7px' } } }) },
  skip: ['payments', 'identity.codeReuse'],
});
