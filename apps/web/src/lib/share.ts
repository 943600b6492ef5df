/** Share links for a public page: plain addresses, no script or third-party widget. */
export interface ShareLinks {
  facebook: string;
  x: string;
  email: string;
}

export function shareLinks(url: string, title: string, emailBody: string): ShareLinks {
  const u = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://twitter.com/intent/tweet?url=${u}&text=${encodeURIComponent(title)}`,
    // RFC 6068: percent-encoding, not `+`, for spaces (mail programs show a `+` literally).
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(emailBody)}`,
  };
}

/**
 * Zalo on the web. Zalo's own share button needs its script and an Official Account id, and the
 * story page runs no script: readers copy the address from the page and paste it into a chat.
 */
export const ZALO_WEB = 'https://chat.zalo.me/';
