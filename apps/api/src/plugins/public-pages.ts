import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { compressAnswer, pickEncoding, type CompressedAnswer } from '../lib/compressed-answer.ts';
import type { PublicCache } from '../publishing/public-cache.ts';

/*
 * Whole pages of public reading (showcase, story, search), rendered once per public epoch
 * (publishing/public-cache.ts) and served compressed from memory. Only what every signed-out
 * visitor gets may be stored, so both the request and the response pass allow-lists: a request
 * with any cookie but the language, or a response that sets a cookie, carries a nonce or asks not
 * to be stored, is rendered as usual and never stored.
 */

/** Pages of public reading: the showcases, a contest's showcase, a story (slugs as packages/text makes them), search. */
const PUBLIC_PAGE = /^\/(?:showcase(?:\/[a-z0-9-]{1,100}){0,2}|search)$/;
/** What the search page reads from its query; any other query (or a showcase page's) is rendered, never stored. */
const SEARCH_PARAMS = ['q', 'contest', 'page'];
const LOCALES = new Set(['', 'vi', 'en']);
/** The one cookie a signed-out visitor's page depends on (apps/web/src/lib/i18n: LOCALE_COOKIE). */
const PAGE_COOKIES = new Set(['gs_locale']);
/** Headers of the connection, not of the page. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

interface StoredPage extends CompressedAnswer {
  headers: OutgoingHttpHeaders;
  etag: string | undefined;
}

/** The cache key of a request that may be served a stored page, or undefined. */
export function publicPageKey(request: IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const url = request.url ?? '';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (!PUBLIC_PAGE.test(path)) return undefined;
  let locale = '';
  const seen = new Set<string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    if (part.trim() === '') continue;
    // Read as SvelteKit's parser (cookie 0.6) reads it: a value is all after the first `=`, a part
    // without one is skipped, the first of a repeated name wins. Either of the last two would have
    // the page and the key disagree on the language, so such a request is rendered, never stored.
    const equals = part.indexOf('=');
    const name = part.slice(0, equals).trim();
    if (equals === -1 || !PAGE_COOKIES.has(name) || seen.has(name)) return undefined;
    seen.add(name);
    locale = part.slice(equals + 1).trim();
  }
  if (!LOCALES.has(locale)) return undefined;
  // One key per page a visitor can see: unknown or repeated parameters would each fill the cache.
  if (query === -1) return `page:${locale}:${path}`;
  if (path !== '/search' || url.length > 300) return undefined;
  const params = new URLSearchParams(url.slice(query + 1));
  if ([...params.keys()].some((key, index, keys) => !SEARCH_PARAMS.includes(key) || keys.indexOf(key) !== index)) return undefined;
  const canonical = SEARCH_PARAMS.filter((key) => params.has(key)).map((key) => `${key}=${encodeURIComponent(params.get(key) ?? '')}`);
  return `page:${locale}:${path}?${canonical.join('&')}`;
}

/** Whether a rendered response is the same for every visitor and may be stored. */
function storable(status: number, headers: OutgoingHttpHeaders): boolean {
  const text = (name: string) => String(headers[name] ?? '').toLowerCase();
  return status === 200
    && text('content-type').startsWith('text/html')
    && headers['set-cookie'] === undefined
    && !text('content-security-policy').includes("'nonce-")
    && !/private|no-store|no-cache/.test(text('cache-control'))
    && (headers.vary === undefined || text('vary') === 'accept-encoding');
}

/** Compressed once: every later visitor gets these bytes. */
async function storePage(headers: OutgoingHttpHeaders, identity: Buffer): Promise<StoredPage> {
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name)));
  const etag = typeof headers.etag === 'string' ? headers.etag : undefined;
  return { headers: kept, etag, ...(await compressAnswer(identity)) };
}

function sendStored(request: IncomingMessage, response: ServerResponse, page: StoredPage): void {
  const encoding = pickEncoding(request.headers['accept-encoding']);
  const body = encoding === 'identity' ? page.identity : page[encoding];
  // A strong validator names one representation: each encoding gets its own.
  const etag = page.etag && (encoding === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${encoding}"`);
  const headers: OutgoingHttpHeaders = { ...page.headers, vary: 'accept-encoding' };
  if (etag) headers.etag = etag;
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  if (etag && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
}

/** Tees what the renderer writes, and hands it over once the response has ended. */
function captureResponse(response: ServerResponse, ended: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') keep(chunk);
    const result = end(chunk, ...rest);
    ended(Buffer.concat(chunks));
    return result;
  }) as ServerResponse['end'];
}

/**
 * Drops helmet's Cross-Origin-Opener-Policy from `response` if, when its head is written, it is a
 * page the store would keep (a 304 of one included). A page every signed-out visitor gets alike,
 * running no script, holds nothing to isolate, and helmet's COOP would put it in a browsing context
 * group of its own, so entering the site from elsewhere started a fresh renderer process (~80 ms of
 * main thread on a phone, Lighthouse's blocking time). Going on from it to any other page is then a
 * document load, whose COOP cuts an opener off. Every other answer keeps COOP: an error page of a
 * reading route runs SvelteKit's router (its page's `csr = false` does not apply to it), so its
 * "sign in" link and the sign-in form would stay in the same document, within the opener's reach.
 */
function withoutOpenerPolicyIfStorable(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    // Headers given here win over those set before; given as a list, they are not read: COOP stays.
    const given = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (!Array.isArray(given)) {
      const headers: OutgoingHttpHeaders = { ...response.getHeaders() };
      for (const [name, value] of Object.entries((given ?? {}) as OutgoingHttpHeaders)) headers[name.toLowerCase()] = value;
      if (storable(status === 304 ? 200 : status, headers)) response.removeHeader('cross-origin-opener-policy');
    }
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}

/**
 * Serves `request` from the cache when it may be and the page is stored; otherwise lets `render`
 * answer it, and stores what it rendered when both the request and the response allow it. A page
 * the cache may answer, and the store keep, goes without Cross-Origin-Opener-Policy.
 */
export function servePublicPage(
  cache: PublicCache,
  request: IncomingMessage,
  response: ServerResponse,
  render: () => void,
  onError: (error: unknown) => void,
): void {
  const key = publicPageKey(request);
  if (key === undefined) return render();
  withoutOpenerPolicyIfStorable(response);
  const stored = cache.get<StoredPage>(key);
  if (stored) return sendStored(request, response, stored);
  const epoch = cache.epoch();
  if (request.method === 'GET') {
    captureResponse(response, (body) => {
      const headers = response.getHeaders();
      if (!storable(response.statusCode, headers)) return;
      storePage(headers, body).then((page) => cache.set(key, page, epoch), onError);
    });
  }
  render();
}
