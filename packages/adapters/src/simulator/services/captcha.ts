import { SIMULATOR_CREDENTIALS } from '../credentials.js';
import { SimError } from '../sim-error.js';
import type { SimContext } from '../context.js';

/** How long a captcha lives (seconds). */
export const CAPTCHA_TTL_SECONDS = 300;

/** An SVG picture of `answer` with a little noise, as a data URI. */
function picture(answer: string): string {
  const digits = [...answer]
    .map((d, i) => `<text x="${12 + i * 22}" y="${30 + (i % 2) * 4}" font-size="26" font-family="monospace" transform="rotate(${(i % 2 ? 8 : -8).toString()} ${12 + i * 22} 30)">${d}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="44" role="img" aria-label="captcha"><rect width="100" height="44" fill="#f4f4f4"/><path d="M0 20 L100 28" stroke="#999"/>${digits}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Issues a single-use 4-digit captcha. */
export function issueCaptcha(ctx: SimContext, now: Date): { id: string; answer: string; image: string } {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  const answer = String(n % 10000).padStart(4, '0');
  const id = ctx.state.nextId('CAP');
  ctx.state.captchas.set(id, { answer, expiresAt: now.getTime() + CAPTCHA_TTL_SECONDS * 1000 });
  return { id, answer, image: picture(answer) };
}

/**
 * Checks a captcha answer: every attempt uses the captcha up, right or wrong. The fixed test
 * captcha is accepted again and again while `options.testCaptcha` is on. Else `CAPTCHA_INVALID`.
 */
export function checkCaptcha(ctx: SimContext, id: string, answer: string, now: Date): void {
  const test = SIMULATOR_CREDENTIALS.guangdong.testCaptcha;
  if (ctx.options.testCaptcha && id === test.id && answer === test.answer) return;
  const issued = ctx.state.captchas.get(id);
  ctx.state.captchas.delete(id);
  if (issued === undefined || issued.expiresAt <= now.getTime() || issued.answer !== answer.trim()) throw new SimError('CAPTCHA_INVALID');
}
