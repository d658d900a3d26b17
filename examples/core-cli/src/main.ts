import type { Locale } from '@sijitong/core';
import { renderDemo } from './demo.js';

const locale: Locale = process.argv.includes('--en') ? 'en' : 'zh-CN';
console.log(renderDemo(locale).join('\n'));
