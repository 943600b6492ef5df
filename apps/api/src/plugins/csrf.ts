import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../lib/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SAME_ORIGIN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Refuses state-changing requests that a browser sent on behalf of another site, whatever the
 * content type: JSON, multipart, urlencoded and text/plain alike (SvelteKit checks only forms).
 * Browsers send Sec-Fetch-Site and Origin on such requests; clients without either are not
 * browsers and cannot carry a victim's cookie.
 */
export const csrfPlugin = fp(async (app: FastifyInstance, options: { origin: string }) => {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossSite = (fetchSite !== undefined && !SAME_ORIGIN_FETCH_SITES.has(fetchSite))
      || (origin !== undefined && origin !== options.origin);
    if (crossSite) throw new DomainError(403, 'cross_site_request');
  });
});
