import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, apiRegister, judgeAssignments, launchChromium, type RunningServer, startServer } from './harness.ts';

/*
 * SECURITY.md case 1 in Chromium: script-bearing text in every field a user can type — names,
 * units, the contest's title, description and rules (Markdown), categories, rubric, prize tiers,
 * round names, the essay's title, subject and HTML body, photo captions, pen name, judge's comment,
 * recusal, conflict, disqualification, award and tie reasons, the public version — planted through
 * the API, then every page that shows them opened as each role who sees it: entrant, organizer,
 * judge (reading view), visitor (story, showcase, search, Atom feed). No dialog may open, the
 * console may report no CSP violation, and no element may carry an on* attribute or a
 * javascript: address. The feed is also rendered as a reader without CSP would render it.
 */

interface ZipEntry { fileName: string }
interface ZipFile {
  readEntry(): void;
  on(event: 'entry', listener: (entry: ZipEntry) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  openReadStream(entry: ZipEntry, callback: (error: Error | null, stream: NodeJS.ReadableStream) => void): void;
}
/** The API's own zip reader, to open the anthology as an e-reader does. */
const yauzl = createRequire(new URL('../apps/api/package.json', import.meta.url))('yauzl') as {
  fromBuffer(buffer: Buffer, options: { lazyEntries: boolean }, callback: (error: Error | null, zip: ZipFile) => void): void;
};

function unzipTexts(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, string>();
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry) => zip.openReadStream(entry, (streamError, stream) => {
        if (streamError) return reject(streamError);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      }));
      zip.readEntry();
    });
  });
}

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-dai-2026';
const PHOTO = new URL('../../shared/fixtures/essays/photo-01.jpg', import.meta.url).pathname;
const SLUG = 'xss-2026';

/** Every payload calls alert(n) with its own n, so a dialog says which field let it through. */
let counter = 0;
const next = () => ++counter;
const CM = '\u0338'; // COMBINING LONG SOLIDUS OVERLAY: NFC turns ">" + it into "≯"

/** For one-line fields (≤ 100 characters): attribute breakouts, tags, and the NFC re-opening. */
const line = () => {
  const n = next();
  return `"><img src=x onerror=alert(${n})><svg onload=alert(${n})>'>${CM} onfocus=alert(${n}) autofocus`;
};
/** Names refuse a lone combining mark at the door (lib/text-hygiene.ts): the rest of the markup still goes in. */
const nameLine = () => line().replace(CM, '');

/** The essay's last sentence: a link left open by the sanitizer would swallow it. */
const LAST_WORDS = 'Kết thúc bài viết.';

/** For HTML and Markdown fields: everything the sanitizer must keep from running. */
const markup = () => [
  `<p>Một câu chuyện có thật về người tốt việc tốt ở khu phố.</p>`,
  `<script>alert(${next()})</script>`,
  `<img src=x onerror=alert(${next()})>`,
  `<svg onload=alert(${next()})><circle r="1"/></svg>`,
  `<p><a href="javascript:alert(${next()})">a</a> <a href="https://example.org/">b</a> chữ sau liên kết</p>`,
  `<p><a href=" JaVaScRiPt:alert(${next()})">c</a> <a href="jav&#x09;ascript:alert(${next()})">d</a></p>`,
  `<p><a href="data:text/html,&lt;script&gt;alert(${next()})&lt;/script&gt;">e</a></p>`,
  `<p title="x"><img src=x onerror=alert(${next()})>">thuộc tính</p>`,
  `<p>&#x338;onfocus=alert(${next()}) autofocus tabindex=0 x</p>`,
  `<p>&#x338; onfocus=alert(${next()}) autofocus tabindex=0 x</p>`,
  `<p><i>&#824; onclick=alert(${next()}) x</i> <u>&#X338;&#x20;onmouseover=alert(${next()}) x</u></p>`,
  `<p>${CM} onfocus=alert(${next()}) autofocus tabindex=0 x</p>`,
  `<p><b>${CM} onmouseover=alert(${next()}) x</b> <a href="https://example.org/" title="a>${CM} onfocus=alert(${next()}) autofocus x">f</a></p>`,
  `<p>&lt;img src=x onerror=alert(${next()})&gt; &#60;script&#62;alert(${next()})&#60;/script&#62;</p>`,
  `<<script>alert(${next()})//<</script>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(${next()})></style></mglyph></table></mtext></math>`,
  `<details open ontoggle=alert(${next()})>x</details>`,
  `<iframe srcdoc="<script>alert(${next()})</script>"></iframe>`,
  `<form action="javascript:alert(${next()})"><button>g</button></form>`,
  `<p>[x](javascript:alert(${next()})) [y](JAVASCRIPT:alert(${next()})) <javascript:alert(${next()})></p>`,
  `</script><script>alert(${next()})</script> ]]><script>alert(${next()})</script>`,
  `<p>${LAST_WORDS}</p><img src=x onerror=alert(${next()})`,
].join('\n');

/** Markdown's own ways to make a link or an image out of a script address. */
const markdown = () => [
  '# Thể lệ',
  `[x](javascript:alert(${next()}))`,
  `[y](  JAVASCRIPT:alert(${next()}) "t")`,
  `<javascript:alert(${next()})>`,
  `![i](x"onerror="alert(${next()}))`,
  `[w](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `[ref][v]\n\n[v]: javascript:alert(${next()})`,
  '',
  markup(),
].join('\n\n');

let server: RunningServer;
let browser: Browser;
const cookies: Record<string, string> = {};
const ids = {
  contest: 0, round: 0, winner: 0, disqualified: 0, draft: 0, readByFirst: 0, readBySecond: 0, codes: [] as string[], storySlug: '',
};

const call = async (cookie: string, method: string, path: string, body?: unknown, status = 200) => {
  const response = await apiCall(server.origin, cookie, method, path, body);
  expect(response.status, `${method} ${path}: ${response.text.slice(0, 300)}`).toBe(status);
  return response.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

async function upload(cookie: string, entryId: number, altText: string) {
  const form = new FormData();
  form.append('altText', altText);
  // The file's own name is user text too: entrants and organizers see it.
  form.append('file', new Blob([readFileSync(PHOTO)], { type: 'image/jpeg' }), `${line()}.jpg`);
  const response = await fetch(`${server.origin}/api/entries/${entryId}/attachments`, { method: 'POST', headers: { cookie }, body: form });
  expect(response.status, await response.clone().text()).toBe(201);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password }),
    launchChromium(),
  ]);
  const organizer = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  cookies.organizer = organizer;
  const hostileUnit = (await call(organizer, 'POST', '/units', { name: nameLine(), headcount: 10 }, 201)).id as number;
  const judgesUnit = (await call(organizer, 'POST', '/units', { name: 'Hội đồng giám khảo', headcount: 10 }, 201)).id as number;
  const person = (email: string, unitId: number) => apiRegister(server.origin, { email, password: PASSWORD, fullName: nameLine(), unitId });
  cookies.entrant = await person('tacgia@example.vn', hostileUnit);
  const otherEntrant = await person('tacgia2@example.vn', hostileUnit);
  // Organizers see judges' addresses: the second judge's is markup the e-mail rule lets through
  // (should the rule come to refuse it, a plain address stands in: refused is as safe as inert).
  const judgeEmails: string[] = [];
  const judgeIds: string[] = [];
  for (const candidates of [['giamkhao1@example.vn'], [`"><svg/onload=alert(${next()})>@example.vn`, 'giamkhao2@example.vn']]) {
    for (const email of candidates) {
      const cookie = await person(email, judgesUnit).catch(() => undefined);
      if (!cookie) continue;
      const me = await call(cookie, 'GET', '/me');
      await call(organizer, 'PUT', `/users/${me.id}/roles`, { roles: ['judge'] });
      judgeIds.push(me.id);
      judgeEmails.push(email);
      break;
    }
  }
  cookies.judge = await apiLogin(server.origin, judgeEmails[0] ?? '', PASSWORD);
  cookies.secondJudge = await apiLogin(server.origin, judgeEmails[1] ?? '', PASSWORD);

  const now = Date.now();
  const contest = await call(organizer, 'POST', '/contests', {
    title: `Gương sáng ${line()}`, slug: SLUG, status: 'open', description: markdown(), rules: markdown(),
    submissionOpensAt: new Date(now - 86_400_000).toISOString(), submissionClosesAt: new Date(now + 86_400_000).toISOString(),
    minWords: 1, maxWords: 5000, categories: [line()],
    criteria: [
      { name: line(), description: line(), weight: 0.6, max: 10, levels: [{ score: 9, label: line(), description: line() }] },
      { name: line(), weight: 0.4, max: 10 },
    ],
    prizeTiers: [{ name: line(), count: 1 }, { name: line(), count: 2 }],
  }, 201);
  ids.contest = contest.id;
  const category = contest.categories[0];

  const entry = async (cookie: string, consent: boolean, penName?: string) => {
    const created = await call(cookie, 'POST', `/contests/${ids.contest}/entries`, { title: line(), subject: line(), category, body: markup() }, 201);
    await upload(cookie, created.id, line());
    const submitted = await call(cookie, 'POST', `/entries/${created.id}/submit`, { consentToPublish: consent, ...(penName && { penName }) });
    ids.codes.push(submitted.code);
    return created.id as number;
  };
  ids.winner = await entry(cookies.entrant, true, nameLine());
  ids.disqualified = await entry(cookies.entrant, false);
  await entry(otherEntrant, true);
  await call(organizer, 'POST', `/entries/${ids.disqualified}/disqualify`, { reason: markup().slice(0, 1000) });

  // Submissions close; the round opens with the first judge alone, then the second joins.
  await call(organizer, 'PATCH', `/contests/${ids.contest}`, { submissionClosesAt: new Date(Date.now() - 60_000).toISOString() });
  const round = await call(organizer, 'POST', `/contests/${ids.contest}/rounds`, {
    name: line(), readersPerEntry: 1, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(),
  }, 201);
  ids.round = round.id;
  await call(organizer, 'PUT', `/rounds/${ids.round}/judges`, { judges: [{ userId: judgeIds[0] }] });
  await call(organizer, 'POST', `/rounds/${ids.round}/assignments`, { seed: 1 });
  await call(organizer, 'PUT', `/rounds/${ids.round}/judges`, { judges: judgeIds.map((userId) => ({ userId })) });
  const assignments = await judgeAssignments(server.origin, cookies.judge);
  const [winnerCode, , thirdCode] = ids.codes;
  const readWinner = assignments.find((a) => a.code === winnerCode);
  const readThird = assignments.find((a) => a.code === thirdCode);
  ids.readByFirst = readWinner?.id ?? 0;
  const rubric = (await call(cookies.judge, 'GET', `/judging/assignments/${ids.readByFirst}`)).rubric as { id: number }[];
  await call(cookies.judge, 'PUT', `/judging/assignments/${ids.readByFirst}/score`, {
    scores: Object.fromEntries(rubric.map((c) => [c.id, 8])), comment: markup().slice(0, 5000), submit: true,
  });
  await call(cookies.judge, 'POST', `/judging/assignments/${readThird?.id}/recuse`, { reason: line() });
  const second = await judgeAssignments(server.origin, cookies.secondJudge);
  ids.readBySecond = second.find((a) => a.code === thirdCode)?.id ?? 0;
  await call(cookies.secondJudge, 'PUT', `/judging/assignments/${ids.readBySecond}/score`, {
    scores: Object.fromEntries(rubric.map((c) => [c.id, 8])), comment: line(), submit: false,
  });
  await call(organizer, 'POST', `/contests/${ids.contest}/conflicts`, { judgeId: judgeIds[1], entryCode: winnerCode, reason: line() }, 201);
  await call(organizer, 'POST', `/rounds/${ids.round}/tie-decisions`, { codes: [winnerCode, thirdCode], reason: line() });

  // Awards, the winner's public version (with a pen name and one more payload), publication.
  const tiers = contest.prizeTiers as { id: number }[];
  await call(organizer, 'PUT', `/contests/${ids.contest}/awards`, { awards: [
    { entryCode: winnerCode, tierId: tiers[0]?.id, reason: line() },
    { entryCode: thirdCode, tierId: tiers[1]?.id, reason: line() },
  ] });
  await call(organizer, 'POST', `/contests/${ids.contest}/awards/finalize`);
  const publication = await call(cookies.entrant, 'GET', `/entries/${ids.winner}/publication`);
  const approved = await call(cookies.entrant, 'PUT', `/entries/${ids.winner}/publication`, {
    title: publication.public.title, body: `${publication.public.body}<p>&#x338; onfocus=alert(${next()}) autofocus x</p>`,
    usesPenName: true, penName: nameLine(), showUnit: true, photoIds: publication.public.photoIds,
    altTexts: publication.photos.map((p: { id: number }) => ({ id: p.id, text: line() })), approve: true,
  });
  ids.storySlug = approved.public.slug;
  await call(organizer, 'PUT', `/entries/${ids.winner}/publication/approval`, { approved: true, reviewed: approved.authorApprovedAt });
  await call(organizer, 'POST', `/contests/${ids.contest}/publish`, {});

  // A draft in a contest still open: the entrant's editor loads the hostile HTML.
  const open = await call(organizer, 'POST', '/contests', {
    title: line(), slug: `${SLUG}-mo`, status: 'open', description: markdown(),
    submissionOpensAt: new Date(now - 86_400_000).toISOString(), submissionClosesAt: new Date(now + 86_400_000).toISOString(),
    minWords: 1, maxWords: 5000,
  }, 201);
  ids.draft = (await call(cookies.entrant, 'POST', `/contests/${open.id}/entries`, { title: line(), subject: line(), body: markup() }, 201)).id;
  await upload(cookies.entrant, ids.draft, line());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Findings { dialogs: string[]; csp: string[]; dom: string[] }

/**
 * Everything in the DOM that could run script — event attributes, script addresses, srcdoc, base,
 * plugins — and a link that spans the rest of the essay (one the sanitizer left open).
 */
function scanDom(page: Page): Promise<string[]> {
  return page.evaluate((lastWords) => {
    const found: string[] = [];
    const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'srcset']);
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}>`;
    const walk = (root: Document | ShadowRoot | DocumentFragment) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          // Browsers ignore controls and whitespace inside a scheme: so does this check.
          const value = attr.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
          if (name.startsWith('on')) found.push(`${describe(el)} ${name}="${attr.value.slice(0, 60)}"`);
          if (name === 'srcdoc') found.push(`${describe(el)} srcdoc`);
          if (urlAttributes.has(name) && /^(javascript|vbscript):|^data:text\/html/.test(value)) {
            found.push(`${describe(el)} ${name}="${attr.value.slice(0, 60)}"`);
          }
        }
        if (['base', 'object', 'embed', 'frame', 'frameset'].includes(el.tagName.toLowerCase())) found.push(describe(el));
        if (el.tagName.toLowerCase() === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>');
        if (el.tagName.toLowerCase() === 'a' && el.textContent?.includes(lastWords)) found.push(`<a href="${el.getAttribute('href')}"> left open over "${lastWords}"`);
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el instanceof HTMLTemplateElement) walk(el.content);
      }
    };
    walk(document);
    return found;
  }, LAST_WORDS);
}

/** A tab for one role, signed in by its session cookie, recording dialogs and CSP reports. */
async function tabFor(role: string): Promise<{ page: Page; findings: Findings }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const cookie = cookies[role];
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.origin }]);
  }
  const page = await context.newPage();
  const findings: Findings = { dialogs: [], csp: [], dom: [] };
  page.on('dialog', (dialog) => {
    findings.dialogs.push(`${page.url()}: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) findings.csp.push(`${page.url()}: ${message.text().slice(0, 200)}`);
  });
  return { page, findings };
}

/** Opens each page, lets it settle, tabs through it (for autofocus/onfocus), and collects findings. */
async function visit(role: string, paths: string[]) {
  const { page, findings } = await tabFor(role);
  const unseen: string[] = [];
  const failed: string[] = [];
  for (const path of paths) {
    const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    if ((response?.status() ?? 500) >= 400) failed.push(`${path}: ${response?.status()}`);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.mouse.move(200, 300);
    await page.waitForTimeout(50);
    findings.dom.push(...(await scanDom(page)).map((finding) => `${path}: ${finding}`));
    // The payloads must really be on the page, shown as text.
    if (!(await page.locator('body').innerText()).includes('alert(')) unseen.push(path);
  }
  await page.context().close();
  return { ...findings, unseen, failed };
}

const clean = { dialogs: [], csp: [], dom: [], unseen: [], failed: [] };

// Generous timeouts: each test opens many pages, each rendered on the server and then in Chromium.
describe('script typed into any field never runs, for any role', { timeout: 180_000 }, () => {
  it('the entrant\'s pages', async () => {
    expect(await visit('entrant', [
      '/', '/entries', `/entries/${ids.winner}`, `/entries/${ids.winner}/receipt`, `/entries/${ids.winner}/publication`,
      `/entries/${ids.disqualified}`, `/entries/${ids.draft}`, `/entries/${ids.draft}/submit`, `/entries/${ids.draft}/withdraw`,
      '/contests', `/contests/${ids.contest}`,
    ])).toEqual(clean);
  });

  it('the organizer\'s pages', async () => {
    const [a, , b] = ids.codes;
    expect(await visit('organizer', [
      '/organizer', '/organizer/units', `/organizer/contests/${ids.contest}`, `/organizer/contests/${ids.contest}/screening`,
      `/organizer/contests/${ids.contest}/screening/compare?a=${a}&b=${b}`, `/organizer/contests/${ids.contest}/rounds`,
      `/organizer/rounds/${ids.round}`, `/organizer/rounds/${ids.round}/results`, `/organizer/contests/${ids.contest}/awards`,
      `/organizer/contests/${ids.contest}/publication`, `/organizer/contests/${ids.contest}/publication/${ids.winner}`,
      `/contests/${ids.contest}`, `/showcase/${SLUG}/${ids.storySlug}`,
    ])).toEqual(clean);
  });

  it('the judges\' reading views', async () => {
    expect(await visit('judge', ['/judging', `/judging/${ids.readByFirst}`, `/judging/${ids.readByFirst}/recuse`])).toEqual(clean);
    expect(await visit('secondJudge', ['/judging', `/judging/${ids.readBySecond}`])).toEqual(clean);
  });

  it('the public pages: showcase, story, search, contest, registration', async () => {
    expect(await visit('visitor', [
      '/', '/contests', `/contests/${ids.contest}`, '/showcase', `/showcase/${SLUG}`, `/showcase/${SLUG}/${ids.storySlug}`,
      '/search?q=onerror', '/search?q=cau+chuyen+co+that', '/register',
    ])).toEqual(clean);
  });

  it('addresses that reflect their parameters', async () => {
    const payload = encodeURIComponent(line());
    const reflected = async (role: string, paths: string[]) => {
      const { dialogs, csp, dom, failed } = await visit(role, paths);
      return { dialogs, csp, dom, failed };
    };
    const none = { dialogs: [], csp: [], dom: [], failed: [] };
    expect(await reflected('visitor', [`/search?q=${payload}`, `/search?q=${payload}&contest=${SLUG}&page=2`, `/login?next=${payload}`])).toEqual(none);
    expect(await reflected('judge', [`/judging?recused=${payload}&reassigned=1`])).toEqual(none);
    expect(await reflected('organizer', [
      `/organizer/rounds/${ids.round}?q=${payload}`, `/organizer/rounds/${ids.round}?conflict=${payload}`,
      `/organizer/contests/${ids.contest}/screening?q=${payload}`,
    ])).toEqual(none);
  });

  it('signing in never sends the browser to a script address or another site', async () => {
    for (const next of ['javascript:alert(1)', '//evil.example/', '/\\evil.example/', '/%5Cevil.example/', '\t//evil.example/', 'https://evil.example/', '/%2F/evil.example/', 'data:text/html,x']) {
      const response = await fetch(`${server.origin}/login?next=${encodeURIComponent(next)}`, { headers: { cookie: cookies.entrant ?? '' }, redirect: 'manual' });
      const location = response.headers.get('location') ?? '';
      expect(new URL(location, server.origin).origin, `next=${next} → ${location}`).toBe(server.origin);
      expect(location, next).toMatch(/^\/(?![/\\])/);
    }
  });

  it('every piece of HTML the API serves runs nothing even in a page without CSP', async () => {
    const get = async (cookie: string, path: string) => (await apiCall(server.origin, cookie, 'GET', path)).body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const contest = await get('', `/contests/${ids.contest}`);
    const showcase = await get('', `/public/contests/${SLUG}`);
    const story = await get('', `/public/contests/${SLUG}/stories/${ids.storySlug}`);
    const reading = await get(cookies.judge ?? '', `/judging/assignments/${ids.readByFirst}`);
    const entry = await get(cookies.entrant ?? '', `/entries/${ids.winner}`);
    const draft = await get(cookies.entrant ?? '', `/entries/${ids.draft}`);
    const publication = await get(cookies.organizer ?? '', `/entries/${ids.winner}/publication`);
    const pieces: [string, unknown][] = [
      ['contest description', contest.descriptionHtml], ['contest rules', contest.rulesHtml],
      ['showcase description', showcase.descriptionHtml], ['story', story.bodyHtml], ['judge\'s reading view', reading.body],
      ['submitted entry', entry.body], ['draft', draft.body], ['judged version', publication.judged?.body], ['public version', publication.public?.body],
    ];
    expect(pieces.filter(([, html]) => typeof html !== 'string' || !html.includes('alert(')).map(([name]) => name)).toEqual([]);

    const { page, findings } = await tabFor('visitor');
    await page.goto('about:blank');
    await page.evaluate((all) => {
      for (const [name, html] of all) {
        const section = document.createElement('section');
        section.dataset.field = name;
        section.innerHTML = html;
        document.body.append(section);
      }
    }, pieces as [string, string][]);
    await page.waitForTimeout(300);
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    findings.dom.push(...(await scanDom(page)));
    await page.context().close();
    expect(findings).toEqual({ dialogs: [], csp: [], dom: [] });
  });

  it('the anthology (EPUB): every page well-formed XHTML that runs nothing in a reader without CSP', async () => {
    const epub = await fetch(`${server.origin}/api/public/contests/${SLUG}/anthology.epub`);
    expect(epub.status).toBe(200);
    const files = await unzipTexts(Buffer.from(await epub.arrayBuffer()));
    const pages = [...files].filter(([name]) => name.endsWith('.xhtml'));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map(([, text]) => text).join('')).toContain('alert(');

    const { page, findings } = await tabFor('visitor');
    const notWellFormed: string[] = [];
    for (const [name, text] of pages) {
      // Served as e-readers read it: XHTML, no CSP.
      await page.route(`https://epub.test/${name}`, (route) => route.fulfill({ body: text, contentType: 'application/xhtml+xml' }));
      await page.goto(`https://epub.test/${name}`, { waitUntil: 'load' });
      if (await page.locator('parsererror').count()) notWellFormed.push(name);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      findings.dom.push(...(await scanDom(page)).map((finding) => `${name}: ${finding}`));
    }
    await page.context().close();
    expect({ ...findings, notWellFormed }).toEqual({ dialogs: [], csp: [], dom: [], notWellFormed: [] });
  });

  it('the Atom feed: well-formed, and its HTML runs nothing even in a reader without CSP', async () => {
    const feedUrl = `${server.origin}/showcase/${SLUG}/feed.xml`;
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    // Opened as a document it runs nothing, whatever it held (pages keep their own CSP).
    for (const url of [feedUrl, `${server.origin}/sitemap.xml`, `${server.origin}/robots.txt`]) {
      const policy = (await fetch(url)).headers.get('content-security-policy') ?? '';
      expect(policy, url).toContain("default-src 'none'");
      expect(policy, url).toContain('sandbox');
    }
    const pagePolicy = (await fetch(`${server.origin}/showcase/${SLUG}`)).headers.get('content-security-policy') ?? '';
    expect(pagePolicy).toContain("script-src 'self'");
    expect(pagePolicy).not.toContain('sandbox');
    const xml = await feed.text();
    expect(xml).toContain('alert(');

    const { page, findings } = await tabFor('visitor');
    await page.goto(feedUrl, { waitUntil: 'networkidle' });
    // A feed reader: parse the XML, render each entry's HTML into a page that has no CSP at all.
    await page.goto('about:blank');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) return { wellFormed: false, entries: 0 };
      const entries = Array.from(doc.getElementsByTagName('entry'));
      for (const entry of entries) {
        const article = document.createElement('article');
        for (const field of Array.from(entry.children)) {
          const holder = document.createElement('div');
          if (field.getAttribute('type') === 'html') holder.innerHTML = field.textContent ?? '';
          else holder.textContent = field.textContent;
          article.append(holder);
        }
        document.body.append(article);
      }
      return { wellFormed: true, entries: entries.length };
    }, xml);
    // The one story both its author and the organizer approved.
    expect(parsed).toEqual({ wellFormed: true, entries: 1 });
    await page.waitForTimeout(300);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    findings.dom.push(...(await scanDom(page)));
    await page.context().close();
    expect(findings).toEqual({ dialogs: [], csp: [], dom: [] });
  });
});
