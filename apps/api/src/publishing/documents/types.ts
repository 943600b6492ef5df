export interface StoryPhoto {
  data: Buffer;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  altText: string;
}

export interface AnthologyStory {
  title: string;
  /** What the byline shows: real name or pen name, and the unit when the author allowed it, e.g. "Nguyễn Thị Hồng Nhung — Đảng ủy Sở Y tế" */
  byline: string;
  /** e.g. "Giải Nhất" */
  tierName: string;
  /** Sanitized essay HTML. Only these tags occur: p, br, h2, h3, strong, b, em, i, u, s, blockquote, ul, ol, li, a[href] */
  bodyHtml: string;
  photos: StoryPhoto[];
  /** Absolute URL of the story's public page */
  url: string;
}

export interface Anthology {
  /** e.g. "Gương sáng làm theo lời Bác năm 2025" */
  contestTitle: string;
  /** e.g. "TM. Ban Tổ chức" (may be empty) */
  organizerTitle: string;
  publishedAt: Date;
  /** Absolute URL of the showcase */
  url: string;
  /** Language of the fixed labels (cover, "Mục lục"/"Contents"); the stories themselves are Vietnamese. */
  language: 'vi' | 'en';
  /** Already in order (tier by tier) */
  stories: AnthologyStory[];
}

export interface Certificate {
  contestTitle: string;
  tierName: string;
  recipientName: string;
  unitName: string | null;
  entryTitle: string;
  issuedAt: Date;
  organizerTitle: string;
  code: string;
}
