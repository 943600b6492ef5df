// `pnpm demo`: the platform on its own data directory, filled with a realistic demo contest.
import { hashPassword } from './auth/passwords.ts';
import { join } from 'node:path';
import { addDemoAttachments } from './demo/attachments.ts';
import { DocumentPool } from './files/document-pool.ts';
import { getContestBySlug } from '@guong-sang/db';
import { DEMO_PUBLISHED_SLUG } from './demo/contests.ts';
import { seedDemoJudging } from './demo/judging.ts';
import { seedDemoPublication } from './demo/publication.ts';
import { seedDemo, type DemoAccounts } from './demo/seed.ts';
import { startServer } from './server.ts';

/** Every demo account shares this password (the demo holds no real people). */
const DEMO_PASSWORD = 'guongsang-demo';

let accounts: DemoAccounts | undefined;

await startServer({
  async prepare(db, config) {
    const now = new Date();
    accounts = seedDemo(db, { passwordHash: await hashPassword(DEMO_PASSWORD), now });
    if (accounts.created) {
      const filesDir = join(config.dataDir, 'files');
      // Its own pool, stopped before the app starts its own.
      const documents = new DocumentPool(config.documents);
      try {
        await addDemoAttachments(db, filesDir, documents, now);
        // Photos for last year's stories, added the day before its submissions closed.
        const published = getContestBySlug(db, DEMO_PUBLISHED_SLUG);
        if (published) {
          const dayBefore = new Date(published.submissionClosesAt.getTime() - 24 * 60 * 60 * 1000);
          await addDemoAttachments(db, filesDir, documents, dayBefore, { contestSlug: DEMO_PUBLISHED_SLUG, count: 45, photosOnly: true });
        }
      } finally {
        await documents.close();
      }
    }
    seedDemoJudging(db, now);
    seedDemoPublication(db);
  },
  onReady(config) {
    if (!accounts) return;
    const rows = [
      ['organizer / ban tổ chức', accounts.organizer],
      ...accounts.judges.slice(0, 3).map((judge) => ['judge / giám khảo', judge] as const),
      ...accounts.entrants.slice(0, 3).map((entrant) => ['entrant / người dự thi', entrant] as const),
    ] as const;
    console.log(`Demo ${accounts.created ? 'created' : 'already there'}. Sign in at ${config.origin}/login with password "${DEMO_PASSWORD}":`);
    for (const [role, account] of rows) console.log(`  ${role.padEnd(24)} ${account.email.padEnd(44)} ${account.fullName}`);
    console.log(`  (${accounts.judges.length} judges and about 360 entrants in all, same password)`);
    console.log(`Last year's winning stories, published: ${config.origin}/showcase/${DEMO_PUBLISHED_SLUG}\n`);
  },
});
