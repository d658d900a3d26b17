import { translate, type MessageParams } from '@sijitong/core';
import { simulatorMessages } from '../i18n/messages/simulator.js';
import type { SimOrder } from './state.js';

type Key = keyof (typeof simulatorMessages)['zh-CN'];
const t = (key: Key, params: MessageParams = {}): string => translate(simulatorMessages, key, params);

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE =
  'body{font:18px/1.6 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'label{display:block;margin-top:1rem;font-weight:600}input{font:inherit;width:100%;min-height:44px;box-sizing:border-box;padding:.4rem;border:2px solid #555}' +
  'button{font:inherit;min-height:44px;min-width:44px;margin-top:1.5rem;padding:.5rem 2rem;background:#0b5394;color:#fff;border:0}' +
  'button:focus,input:focus{outline:3px solid #f0a500;outline-offset:2px}.error{color:#a00;border-left:4px solid #a00;padding-left:.5rem}' +
  'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}';

/** A whole page: zh-CN, no external assets. */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** The login form of `/oauth/authorize`; `hidden` carries the OAuth parameters through the POST. */
export function loginPage(options: { readonly action: string; readonly hidden: Readonly<Record<string, string>>; readonly usernames: readonly string[]; readonly failed: boolean; readonly username?: string }): string {
  const hidden = Object.entries(options.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const error = options.failed ? `<p class="error" role="alert" id="login-error">${escapeHtml(t('PAGE_LOGIN_FAILED'))}</p>` : '';
  const describedBy = options.failed ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  return page(
    t('PAGE_LOGIN_TITLE'),
    `<p>${escapeHtml(t('PAGE_LOGIN_INTRO', { users: options.usernames.join('、'), password: 'Sim@2026' }))}</p>${error}` +
      `<form method="post" action="${escapeHtml(options.action)}">${hidden}` +
      `<label for="username">${escapeHtml(t('PAGE_LOGIN_USERNAME'))}</label><input id="username" name="username" autocomplete="username" required value="${escapeHtml(options.username ?? '')}"${describedBy}>` +
      `<label for="password">${escapeHtml(t('PAGE_LOGIN_PASSWORD'))}</label><input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>` +
      `<button type="submit">${escapeHtml(t('PAGE_LOGIN_SUBMIT'))}</button></form>`,
  );
}

/** The pay page of an order: what is paid, and a 支付 button posting back to `action`. */
export function payPage(order: SimOrder, action: string): string {
  const yuan = (order.amountFen / 100).toFixed(2);
  const facts =
    `<dl><dt>${escapeHtml(t('PAGE_PAY_ORDER'))}</dt><dd>${escapeHtml(order.orderId)}</dd>` +
    `<dt>${escapeHtml(t('PAGE_PAY_CASE'))}</dt><dd>${escapeHtml(order.caseNumber)}</dd>` +
    `<dt>${escapeHtml(t('PAGE_PAY_DESCRIPTION'))}</dt><dd>${escapeHtml(order.description)}</dd>` +
    `<dt>${escapeHtml(t('PAGE_PAY_AMOUNT'))}</dt><dd>${escapeHtml(t('PAGE_PAY_YUAN', { amount: yuan }))}</dd></dl>`;
  const action_ =
    order.status === 'pending'
      ? `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(t('PAGE_PAY_SUBMIT'))}</button></form>`
      : `<p role="status">${escapeHtml(t('PAGE_PAY_ALREADY'))}</p>`;
  return page(t('PAGE_PAY_TITLE'), facts + action_);
}

/** A short error page: a bad OAuth request on the login page, an unknown order on the pay page. */
export function errorPage(title: 'PAGE_LOGIN_TITLE' | 'PAGE_PAY_TITLE', key: 'PAGE_BAD_REQUEST' | 'PAGE_NOT_FOUND', detail = ''): string {
  return page(t(title), `<p class="error" role="alert">${escapeHtml(t(key, { detail }))}</p>`);
}
