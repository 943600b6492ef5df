import { error, type Handle, type HandleFetch, type HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, translator } from '$lib/i18n';
import { errorStatus, getMe } from '$lib/server/api';

/** The API's session cookie: `__Host-` prefixed when served over HTTPS (apps/api/src/auth/sessions.ts). */
const SESSION_COOKIES = ['gs_session', '__Host-gs_session'];

/** The CSP of an answer that is not a page. */
const NOTHING_RUNS = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

export const handle: Handle = async ({ event, resolve }) => {
  const cookie = event.cookies.get(LOCALE_COOKIE);
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  event.locals.locale = locale;

  // Visitors without a session cookie (most readers of the showcase) cost no call to the API.
  const hasSession = SESSION_COOKIES.some((name) => event.cookies.get(name));
  const me = hasSession ? await getMe(event) : { ok: true as const, status: 401, data: null };
  // Failing loudly beats showing a signed-in person the site as if they were signed out.
  if (!me.ok) error(errorStatus(me.status), me.message);
  event.locals.user = me.data;

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale),
  });
  // A page served with `no-referrer` makes browsers send `Origin: null` on its form posts,
  // which SvelteKit's and the API's CSRF checks then refuse (every no-JS form would fail).
  // `same-origin` keeps the Origin for our own posts and still tells other sites nothing.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.headers.set('referrer-policy', 'same-origin');
  }
  // Pages carry SvelteKit's CSP. Whatever else answers (the Atom feed, the sitemap, page data) runs
  // nothing if a browser opens it as a document: an XML feed may hold XHTML, and XHTML runs scripts.
  if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', NOTHING_RUNS);
  return response;
};

/**
 * SvelteKit would answer a server-side `fetch('/api/…')` from its own routes, where /api does
 * not exist. Send it to the API's internal address instead, as the browser would have sent it:
 * with the browser's cookies (session, language) and this site's origin, which the API's CSRF
 * check expects on state-changing requests.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin !== event.url.origin || !url.pathname.startsWith('/api/')) {
    return fetch(request);
  }

  const target = new URL(url.pathname + url.search, env.API_URL ?? 'http://127.0.0.1:3000');
  const headers = new Headers(request.headers);
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  else headers.delete('cookie');
  headers.set('origin', event.url.origin);
  // Over loopback, compressing would only cost both processes CPU.
  headers.set('accept-encoding', 'identity');
  // The API answers in the language the page is rendered in, even without a gs_locale cookie.
  headers.set('accept-language', event.locals.locale);
  // Every call arrives from this process, so tell the API who the real client is; it must trust
  // this header only from loopback, or per-address login throttling would lump everyone together.
  headers.set('x-forwarded-for', event.getClientAddress());

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // The global fetch, not SvelteKit's: the target is another origin, and these headers are final.
  return globalThis.fetch(target, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
    signal: request.signal,
  });
};

export const handleError: HandleServerError = ({ error: err, event, status, message }) => {
  const t = translator(event.locals.locale ?? DEFAULT_LOCALE);
  if (status === 404) return { message: t('error.notFound.body') };
  // The web server's own body limit (adapter-node BODY_SIZE_LIMIT): only forms posted without
  // JavaScript reach it, since the editor uploads to the API directly.
  if (status === 413) return { message: t('error.tooLarge') };
  if (status >= 500) console.error(err);
  return { message: status >= 500 ? t('error.unexpected') : message };
};
