// Written with yazl, not epub-gen-memory: that library downloads every image by URL (node-fetch or file://)
// and stamps the current time, while this must stay offline, take photos from memory and be reproducible.
import { writeZip, type ZipOutputEntry } from '../../files/zip-write.ts';
import { anthologyTexts } from '../../lib/document-texts.ts';
import { writtenDate } from './dates.ts';
import { cleanText, tokenize } from './html-blocks.ts';
import { preparePhoto } from './photos.ts';
import type { Anthology } from './types.ts';

/** Text and attribute values for XML: NFC, no characters XML forbids, markup characters escaped. */
export function xml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const WEB_LINK = /^(https?:|mailto:)/i;
const BODY_TAGS = new Set(['p', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a']);

/**
 * The sanitized essay HTML as XHTML: only the allowed tags, no attributes but a web or mail href,
 * text re-escaped, <br/> self-closed, and every element closed in order (a stray or crossed closing
 * tag cannot make the chapter unparsable).
 */
export function essayXhtml(html: string): string {
  let out = '';
  const open: string[] = [];
  for (const token of tokenize(html)) {
    if (token.type === 'text') out += xml(token.text);
    else if (token.name === 'br') out += token.type === 'open' ? '<br/>' : '';
    else if (!BODY_TAGS.has(token.name)) continue;
    else if (token.type === 'open') {
      if (token.name === 'a' && !(token.href && WEB_LINK.test(token.href))) {
        open.push('span');
        out += '<span>';
      } else {
        open.push(token.name);
        out += token.name === 'a' ? `<a href="${xml(token.href!)}">` : `<${token.name}>`;
      }
    } else {
      const name = token.name === 'a' ? (open.findLast((n) => n === 'a' || n === 'span') ?? 'a') : token.name;
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
    }
  }
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}

function page(title: string, body: string, lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${xml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

const css = `body { font-family: serif; line-height: 1.5; margin: 0 1em; }
h1 { text-align: center; margin: 0.4em 0; }
.tier, .byline, .kind, .organizer, .published { text-align: center; }
.tier { font-style: italic; margin-top: 3em; }
.byline { font-style: italic; margin-bottom: 2em; }
.cover { margin-top: 30%; }
blockquote { margin: 1em 2em; }
figure { margin: 1.5em 0; text-align: center; }
figure img { max-width: 100%; }
figcaption { font-size: 0.9em; font-style: italic; }
.source { font-size: 0.85em; margin-top: 2em; }
`;

const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

export async function anthologyEpub(a: Anthology): Promise<Buffer> {
  const label = anthologyTexts[a.language];
  // Labels are in the chosen language, the stories and the contest title always in Vietnamese.
  const labelLang = a.language === 'vi' ? '' : ' xml:lang="en" lang="en"';
  const title = cleanText(a.contestTitle).trim();
  const digits = Math.max(3, String(a.stories.length).length);
  const files: ZipOutputEntry[] = [];
  const manifest: string[] = [];
  const spine: string[] = [];
  const text = (name: string, body: string) => files.push({ name: `EPUB/${name}`, data: Buffer.from(body, 'utf8') });

  text('style.css', css);
  manifest.push('<item id="css" href="style.css" media-type="text/css"/>');

  const organizer = cleanText(a.organizerTitle).trim();
  text(
    'title.xhtml',
    page(title, `<section class="cover" epub:type="titlepage">
<p class="kind"${labelLang}>${xml(label.epubKind)}</p>
<h1>${xml(title)}</h1>
${organizer ? `<p class="organizer">${xml(organizer)}</p>\n` : ''}<p class="published"${labelLang}>${xml(label.published(writtenDate[a.language](a.publishedAt)))}</p>
<p class="published"><a href="${xml(a.url.trim())}">${xml(a.url.trim())}</a></p>
</section>`, 'vi'),
  );
  manifest.push('<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>');
  spine.push('<itemref idref="title"/>');
  manifest.push('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>');
  spine.push('<itemref idref="nav"/>');

  const tiers: { name: string; items: string[] }[] = [];
  for (const [i, story] of a.stories.entries()) {
    const id = `story-${String(i + 1).padStart(digits, '0')}`;
    const storyTitle = cleanText(story.title).trim();
    const tier = cleanText(story.tierName).trim();
    const figures: string[] = [];
    for (const [j, photo] of story.photos.entries()) {
      const prepared = await preparePhoto(photo);
      const href = `images/${id}-${j + 1}.jpg`;
      // JPEG is already compressed: stored, not deflated again.
      files.push({ name: `EPUB/${href}`, data: prepared.jpeg, store: true });
      manifest.push(`<item id="${id}-img-${j + 1}" href="${href}" media-type="image/jpeg"/>`);
      const caption = prepared.altText ? `\n<figcaption>${xml(prepared.altText)}</figcaption>` : '';
      figures.push(`<figure><img src="${href}" alt="${xml(prepared.altText)}" width="${prepared.width}" height="${prepared.height}"/>${caption}</figure>`);
    }
    const url = story.url.trim();
    text(
      `${id}.xhtml`,
      page(storyTitle, `<section epub:type="chapter" aria-labelledby="title">
<p class="tier">${xml(tier)}</p>
<h1 id="title">${xml(storyTitle)}</h1>
<p class="byline">${xml(story.byline)}</p>
<div class="essay">${essayXhtml(story.bodyHtml)}</div>
${figures.join('\n')}
${url ? `<p class="source"><span${labelLang}>${xml(label.online)}</span> <a href="${xml(url)}">${xml(url)}</a></p>` : ''}
</section>`, 'vi'),
    );
    manifest.push(`<item id="${id}" href="${id}.xhtml" media-type="application/xhtml+xml"/>`);
    spine.push(`<itemref idref="${id}"/>`);
    if (tiers.at(-1)?.name !== tier) tiers.push({ name: tier, items: [] });
    tiers.at(-1)!.items.push(`<li><a href="${id}.xhtml">${xml(storyTitle)}</a></li>`);
  }

  // The contents, grouped by tier as in the PDF; an empty anthology still lists the title page (a nav <ol> needs an item).
  const toc = tiers.length
    ? tiers.map((t) => `<li><span>${xml(t.name)}</span>\n<ol>\n${t.items.join('\n')}\n</ol></li>`).join('\n')
    : `<li><a href="title.xhtml">${xml(title)}</a></li>`;
  text('nav.xhtml', page(label.contents, `<nav epub:type="toc" id="toc">
<h1${labelLang}>${xml(label.contents)}</h1>
<ol>
${toc}
</ol>
</nav>`, 'vi'));

  const modified = a.publishedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="vi">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${xml(a.url.trim())}</dc:identifier>
<dc:title>${xml(title)}</dc:title>
<dc:language>vi</dc:language>
<dc:date>${modified.slice(0, 10)}</dc:date>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`;

  // OCF: `mimetype` first and stored, so readers can identify the file from its first bytes.
  return writeZip([
    { name: 'mimetype', data: Buffer.from('application/epub+zip'), store: true },
    { name: 'META-INF/container.xml', data: Buffer.from(container) },
    { name: 'EPUB/content.opf', data: Buffer.from(opf) },
    ...files,
  ]);
}
