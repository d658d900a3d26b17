import { defineMessages } from '../define.js';

/** Messages of the fixture generators. */
export const fixturesMessages = /* @__PURE__ */ defineMessages(
  {
    FIXTURE_NO_COUNTY: '生成示例目录需要至少一个县级行政区划（6 位代码）：请在 divisions 中加入一个县。',
    FIXTURE_NO_ITEMS: '生成示例办件需要至少一个事项：请传入 items。',
  },
  {
    FIXTURE_NO_COUNTY: 'Generating a catalogue needs at least one county-level division (6-digit code): add a county to `divisions`.',
    FIXTURE_NO_ITEMS: 'Generating cases needs at least one item: pass `items`.',
  },
);
