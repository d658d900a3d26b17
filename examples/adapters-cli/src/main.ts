import type { Locale } from '@sijitong/core';
import { renderAdapterDemo } from './demo.js';

const locale: Locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
console.log((await renderAdapterDemo(locale)).join('\n'));
