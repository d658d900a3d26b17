import { SIMULATOR_CREDENTIALS, type DialectName } from '../credentials.js';
import type { SimContext } from '../context.js';
import { htmlReply, parseForm, redirectReply, type SimRequest } from '../http-io.js';
import { errorPage, loginPage, payPage } from '../pages.js';
import type { Route } from '../router.js';
import { authorizeProblem, checkLogin, issueAuthCode } from '../services/identity.js';
import { payOrder } from '../services/payments.js';
import { callbackBody } from './order-mapping.js';

const OAUTH_FIELDS = ['response_type', 'client_id', 'redirect_uri', 'state'] as const;

function oauthParams(source: URLSearchParams | Record<string, string>): Record<string, string> {
  const get = (name: string): string | undefined => (source instanceof URLSearchParams ? (source.get(name) ?? undefined) : source[name]);
  const out: Record<string, string> = {};
  for (const name of OAUTH_FIELDS) {
    const value = get(name);
    if (value !== undefined) out[name] = value.slice(0, 2000);
  }
  return out;
}

function withQuery(target: string, params: Record<string, string>): string {
  const url = new URL(target);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/**
 * The browser pages of a dialect: the unified-login form (`/oauth/authorize`, GET shows it, POST
 * signs in and redirects with a code) and the pay page (`/pay/:id`, POST pays, sends the signed
 * callback and redirects to the return URL). Unsigned, HTML, zh-CN.
 */
export function browserRoutes(ctx: SimContext, dialect: DialectName): Route[] {
  const prefix = `/${dialect}`;
  const usernames = ctx.state.users.map((u) => u.username);
  const login = (params: Record<string, string>, failed: boolean, username?: string) =>
    htmlReply(loginPage({ action: `${prefix}/oauth/authorize`, hidden: params, usernames, failed, ...(username === undefined ? {} : { username }) }));
  const refuse = (params: Record<string, string>) => {
    const problem = authorizeProblem(params['client_id'] ?? null, params['redirect_uri'] ?? null, params['response_type'] ?? null);
    return problem === undefined ? undefined : htmlReply(errorPage('PAGE_LOGIN_TITLE', 'PAGE_BAD_REQUEST', problem), 400);
  };
  const orderOf = (request: SimRequest) => {
    const order = ctx.state.orders.get(request.params['id'] ?? '');
    return order?.dialect === dialect ? order : undefined;
  };
  const secret = SIMULATOR_CREDENTIALS[dialect].paymentSecret;
  return [
    {
      method: 'GET',
      pattern: `${prefix}/oauth/authorize`,
      handler: async (request) => {
        const params = oauthParams(request.url.searchParams);
        return refuse(params) ?? login(params, false);
      },
    },
    {
      method: 'POST',
      pattern: `${prefix}/oauth/authorize`,
      handler: async (request) => {
        const form = parseForm(request.body);
        const params = oauthParams(form);
        const refused = refuse(params);
        if (refused !== undefined) return refused;
        const user = checkLogin(ctx.state, form['username'] ?? '', form['password'] ?? '');
        if (user === undefined) return login(params, true, (form['username'] ?? '').slice(0, 100));
        const code = issueAuthCode(ctx.state, user, params['client_id'] ?? '', params['redirect_uri'] ?? '', new Date());
        const back: Record<string, string> = { code, ...(params['state'] === undefined ? {} : { state: params['state'] }) };
        return redirectReply(withQuery(params['redirect_uri'] ?? '', back));
      },
    },
    {
      method: 'GET',
      pattern: `${prefix}/pay/:id`,
      handler: async (request) => {
        const order = orderOf(request);
        return order === undefined
          ? htmlReply(errorPage('PAGE_PAY_TITLE', 'PAGE_NOT_FOUND'), 404)
          : htmlReply(payPage(order, `${prefix}/pay/${encodeURIComponent(order.orderId)}`));
      },
    },
    {
      method: 'POST',
      pattern: `${prefix}/pay/:id`,
      handler: async (request) => {
        const order = orderOf(request);
        if (order === undefined) return htmlReply(errorPage('PAGE_PAY_TITLE', 'PAGE_NOT_FOUND'), 404);
        await payOrder(ctx.state, order, { body: callbackBody, secret }, new Date());
        return redirectReply(withQuery(order.returnUrl, { orderId: order.orderId }), 303);
      },
    },
  ];
}
