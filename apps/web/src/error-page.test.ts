import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// SvelteKit serves src/error.html when handle itself fails: no hook adds a CSP header then.
it('the static error page carries a CSP that runs and loads nothing, before any content', () => {
  const html = readFileSync(new URL('./error.html', import.meta.url), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(head)?.[1] ?? '';
  expect(policy.split(';').map((directive) => directive.trim())).toContain("default-src 'none'");
  expect(head.indexOf('content-security-policy')).toBeLessThan(head.indexOf('<title>'));
  expect(html).not.toMatch(/<script|<style|<link/i);
});
