import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyHandler } from './proxy-handler.js';

/** A Node `http` request listener. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

function webBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = (await chunks.next()) as IteratorResult<Uint8Array>;
      if (done === true) controller.close();
      else controller.enqueue(new Uint8Array(value));
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

/**
 * Mounts a Fetch API handler (such as {@link createProxyHandler}'s) on Node's `http` server:
 * streams the request body in, passes the socket's address as `clientAddress`, aborts the
 * request's signal when the client goes away, and streams the response out.
 *
 * @example createServer(toNodeListener(createProxyHandler({ adapter }))).listen(8080, '127.0.0.1')
 */
export function toNodeListener(handler: ProxyHandler): NodeListener {
  return (req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else if (value !== undefined) headers.set(name, value);
    }
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers,
      signal: controller.signal,
      ...(hasBody ? { body: webBody(req), duplex: 'half' } : {}),
    };
    const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), init);
    const address = req.socket.remoteAddress;
    void handler(request, address === undefined ? {} : { clientAddress: address })
      .then(async (response) => {
        res.statusCode = response.status;
        response.headers.forEach((value, name) => {
          if (name !== 'set-cookie') res.setHeader(name, value);
        });
        const cookies = response.headers.getSetCookie();
        if (cookies.length > 0) res.setHeader('set-cookie', cookies);
        if (response.body !== null) {
          for await (const chunk of response.body) res.write(chunk);
        }
        res.end();
      })
      .catch(() => {
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  };
}
