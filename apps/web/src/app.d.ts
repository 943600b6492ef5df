import type { Locale } from '$lib/i18n';
import type { Me, SessionUser } from '$lib/types';

declare global {
  namespace App {
    interface Locals {
      locale: Locale;
      /** Loaded from GET /api/me on every request; null for visitors. */
      user: Me | null;
    }
    interface PageData {
      locale: Locale;
      /** The header's view of the signed-in person; pages load anything more themselves. */
      user: SessionUser | null;
    }
  }
}

export {};
