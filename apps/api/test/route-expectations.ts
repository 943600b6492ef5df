import { DAY } from './helpers.ts';
import { ROLES, type Role, type World } from './attack-world.ts';

/*
 * Who may use each API route, one line per route the app registers (SECURITY.md case 2). The
 * access matrix fails on a registered route missing here and on a line whose route is gone, so a
 * new route cannot be added without saying who may use it.
 *
 * Each line: the status every role gets — success for those the route serves; for the others 404
 * where the object is one they may not know exists, 403 where the route's existence is public,
 * 401 when not signed in — and the request, with real objects of the world (someone else's for
 * everyone but the roles served). Writes that succeed run last, in the order of this table.
 */

export type Statuses = Record<Role, number>;
export interface RouteRequest {
  url: string;
  body?: object;
  /** Sent as multipart/form-data with this JPEG as the `file` part. */
  file?: boolean;
  /** Sign the role in anew for this request (it ends the session it carries). */
  freshSession?: boolean;
}
export interface Case {
  statuses: Statuses;
  request: (world: World, role: Role) => RouteRequest;
}
export interface Expectation extends Case {
  /** More objects to try, refused (or read) only: mismatched ids, unpublished things. */
  cases?: Record<string, Case>;
}

const statuses = (each: (role: Role) => number): Statuses =>
  Object.fromEntries(ROLES.map((role) => [role, each(role)])) as Statuses;
/** Everybody, signed in or not. */
const everyone = (status = 200) => statuses(() => status);
/** Anybody signed in. */
const signedIn = (status = 200) => statuses((role) => (role === 'anonymous' ? 401 : status));
/** Organizers; the route is public knowledge, so others are told 403. */
const organizers = (status = 200) =>
  statuses((role) => (role === 'anonymous' ? 401 : role === 'organizer' ? status : 403));
/** Only `roles` may know the object exists: everybody else signed in gets 404. */
const only = (roles: Role[], status = 200, anonymous = 401) =>
  statuses((role) => (role === 'anonymous' ? anonymous : roles.includes(role) ? status : 404));

const later = (world: World, days: number) => new Date(world.clock.now.getTime() + days * DAY).toISOString();

export const EXPECTATIONS: Record<string, Expectation> = {
  // The platform itself, sign-up and sign-in
  'GET /api/health': { statuses: everyone(), request: () => ({ url: '/api/health' }) },
  'GET /api/openapi.json': { statuses: everyone(), request: () => ({ url: '/api/openapi.json' }) },
  // The API's own documentation (Swagger UI) is public, like the OpenAPI document it shows.
  'GET /api/docs': { statuses: everyone(), request: () => ({ url: '/api/docs' }) },
  'GET /api/docs/static/index.html': { statuses: everyone(302), request: () => ({ url: '/api/docs/static/index.html' }) },
  'GET /api/docs/static/swagger-initializer.js': { statuses: everyone(), request: () => ({ url: '/api/docs/static/swagger-initializer.js' }) },
  'GET /api/docs/json': { statuses: everyone(), request: () => ({ url: '/api/docs/json' }) },
  'GET /api/docs/yaml': { statuses: everyone(), request: () => ({ url: '/api/docs/yaml' }) },
  'GET /api/docs/static/*': { statuses: everyone(), request: () => ({ url: '/api/docs/static/swagger-ui.css' }) },
  'ALL /api/*': { statuses: everyone(404), request: () => ({ url: '/api/no-such-thing' }) },
  'GET /api/setup': { statuses: everyone(), request: () => ({ url: '/api/setup' }) },
  // The first organizer exists: setup is over for everybody.
  'POST /api/setup': {
    statuses: everyone(409),
    request: () => ({ url: '/api/setup', body: { token: 'x', email: 'moi@example.vn', password: 'mat-khau-du-dai', fullName: 'Người mới', unitName: 'Đơn vị mới' } }),
  },
  'POST /api/auth/register': {
    statuses: everyone(201),
    request: (w, role) => ({ url: '/api/auth/register', body: { email: `moi-${role.toLowerCase()}@example.vn`, password: 'mat-khau-du-dai', fullName: 'Người mới', unitId: w.unitId } }),
  },
  'POST /api/auth/login': {
    statuses: everyone(401),
    request: () => ({ url: '/api/auth/login', body: { email: 'tacgia@example.vn', password: 'sai-mat-khau-roi' } }),
  },
  'POST /api/auth/logout': { statuses: everyone(204), request: () => ({ url: '/api/auth/logout', freshSession: true }) },
  'POST /api/auth/password': {
    statuses: signedIn(400),
    request: () => ({ url: '/api/auth/password', body: { currentPassword: 'sai-mat-khau-roi', newPassword: 'mot-mat-khau-moi-dai' } }),
  },
  'GET /api/me': { statuses: signedIn(), request: () => ({ url: '/api/me' }) },
  'PATCH /api/me': { statuses: signedIn(), request: () => ({ url: '/api/me', body: { fullName: 'Người Dùng Thử' } }) },
  'GET /api/me/notices': { statuses: signedIn(), request: () => ({ url: '/api/me/notices?page=1' }) },
  'GET /api/mail/outbox': { statuses: organizers(), request: () => ({ url: '/api/mail/outbox?page=1' }) },
  'PUT /api/me/locale': { statuses: signedIn(204), request: () => ({ url: '/api/me/locale', body: { locale: 'vi' } }) },
  // The same answer for every e-mail, known or not, from anyone.
  'POST /api/auth/password-reset': {
    statuses: everyone(202), request: () => ({ url: '/api/auth/password-reset', body: { email: 'tacgia@example.vn' } }),
  },
  // Only the link's token opens it: a made-up one is refused for everybody.
  'GET /api/auth/password-links/:token': {
    statuses: everyone(400), request: () => ({ url: '/api/auth/password-links/khong-phai-duong-dan-that-0123' }),
  },
  'POST /api/auth/password-links/:token': {
    statuses: everyone(400),
    request: () => ({ url: '/api/auth/password-links/khong-phai-duong-dan-that-0123', body: { newPassword: 'mot-mat-khau-moi-dai' } }),
  },

  // Units and people
  'GET /api/units': { statuses: everyone(), request: () => ({ url: '/api/units' }) },
  'GET /api/auth/units': { statuses: everyone(), request: () => ({ url: '/api/auth/units' }) },
  'POST /api/units': { statuses: organizers(201), request: () => ({ url: '/api/units', body: { name: 'Chi bộ Khu phố 3', headcount: 40 } }) },
  // The matrix's file is a JPEG: an organizer reaches the check that refuses it as not CSV/XLSX.
  'POST /api/imports/preview': { statuses: organizers(415), request: () => ({ url: '/api/imports/preview?kind=people', file: true }) },
  'POST /api/imports': { statuses: organizers(404), request: () => ({ url: '/api/imports', body: { previewId: 'no-such-preview' } }) },
  'PATCH /api/units/:unitId': { statuses: organizers(), request: (w) => ({ url: `/api/units/${w.unitId}`, body: { headcount: 150 } }) },
  'GET /api/users': { statuses: organizers(), request: () => ({ url: '/api/users?q=nguyen' }) },
  'PUT /api/users/:userId/roles': {
    statuses: organizers(), request: (w) => ({ url: `/api/users/${w.outsiderId}/roles`, body: { roles: ['entrant'] } }),
  },
  'GET /api/people': { statuses: organizers(), request: () => ({ url: '/api/people?q=nguyen&role=entrant&page=1' }) },
  // Deactivated, then reactivated: the outsider ends as they began.
  'POST /api/people/:userId/deactivate': {
    statuses: organizers(), request: (w) => ({ url: `/api/people/${w.outsiderId}/deactivate` }),
  },
  'POST /api/people/:userId/reactivate': {
    statuses: organizers(), request: (w) => ({ url: `/api/people/${w.outsiderId}/reactivate` }),
  },
  'POST /api/people/:userId/password-link': {
    statuses: organizers(202), request: (w) => ({ url: `/api/people/${w.outsiderId}/password-link` }),
  },

  // Contests
  'GET /api/contests': { statuses: everyone(), request: () => ({ url: '/api/contests' }) },
  'POST /api/contests': {
    statuses: organizers(201),
    request: (w) => ({ url: '/api/contests', body: {
      title: 'Cuộc thi mới', slug: 'cuoc-thi-moi', status: 'draft', submissionOpensAt: later(w, 1), submissionClosesAt: later(w, 30),
      minWords: 100, maxWords: 2000, categories: [], criteria: [], prizeTiers: [],
    } }),
  },
  // A draft contest is the organizers' alone: nobody else learns it exists.
  'GET /api/contests/:contestId': { statuses: only(['organizer'], 200, 404), request: (w) => ({ url: `/api/contests/${w.contests.draft}` }) },
  'PATCH /api/contests/:contestId': {
    statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.draft}`, body: { description: 'Thể lệ sẽ công bố sau.' } }),
  },

  // Entries: their author's, and the organizers' to read
  'POST /api/contests/:contestId/entries': {
    statuses: signedIn(201), request: (w) => ({ url: `/api/contests/${w.contests.open}/entries`, body: { title: 'Bài mới' } }),
  },
  'GET /api/entries/mine': { statuses: signedIn(), request: () => ({ url: '/api/entries/mine' }) },
  'GET /api/entries/:entryId': { statuses: only(['owner', 'organizer']), request: (w) => ({ url: `/api/entries/${w.judged.id}` }) },
  'GET /api/entries/:entryId/receipt': { statuses: only(['owner', 'organizer']), request: (w) => ({ url: `/api/entries/${w.judged.id}/receipt` }) },
  'GET /api/entries/:entryId/anonymity-check': { statuses: only(['owner']), request: (w) => ({ url: `/api/entries/${w.draft.id}/anonymity-check` }) },
  'GET /api/entries/:entryId/attachments/:attachmentId': {
    statuses: only(['owner', 'organizer']), request: (w) => ({ url: `/api/entries/${w.judged.id}/attachments/${w.judged.attachmentId}` }),
    cases: {
      'another entry\'s file under one\'s own entry': {
        statuses: only([]), request: (w) => ({ url: `/api/entries/${w.judged.id}/attachments/${w.story.photoId}` }),
      },
    },
  },
  'PATCH /api/entries/:entryId': {
    statuses: only(['owner']), request: (w) => ({ url: `/api/entries/${w.draft.id}`, body: { title: 'Người giữ lửa ở khu phố cũ' } }),
  },
  'POST /api/entries/:entryId/attachments': {
    statuses: only(['owner'], 201), request: (w) => ({ url: `/api/entries/${w.draft.id}/attachments`, file: true }),
  },
  'DELETE /api/entries/:entryId/attachments/:attachmentId': {
    statuses: only(['owner'], 204), request: (w) => ({ url: `/api/entries/${w.draft.id}/attachments/${w.draft.attachmentId}` }),
    cases: {
      'another entry\'s file under one\'s own draft': {
        statuses: only([]), request: (w) => ({ url: `/api/entries/${w.draft.id}/attachments/${w.story.photoId}` }),
      },
    },
  },
  'POST /api/entries/:entryId/submit': {
    statuses: only(['owner']), request: (w) => ({ url: `/api/entries/${w.draft.id}/submit`, body: { consentToPublish: true } }),
  },
  'POST /api/entries/:entryId/withdraw': { statuses: only(['owner']), request: (w) => ({ url: `/api/entries/${w.draft.id}/withdraw` }) },

  // Screening
  'GET /api/contests/:contestId/screening': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/screening` }) },
  'GET /api/contests/:contestId/screening/compare': {
    statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/screening/compare?a=${w.judged.code}&b=${w.otherJudged.code}` }),
    cases: {
      'an entry of another contest': {
        statuses: organizers(404), request: (w) => ({ url: `/api/contests/${w.contests.judging}/screening/compare?a=${w.judged.code}&b=${w.winner.code}` }),
      },
    },
  },
  'POST /api/entries/:entryId/disqualify': {
    statuses: organizers(), request: (w) => ({ url: `/api/entries/${w.otherSubmitted.id}/disqualify`, body: { reason: 'Trùng với bài đã đăng báo' } }),
  },
  'POST /api/entries/:entryId/reinstate': { statuses: organizers(), request: (w) => ({ url: `/api/entries/${w.otherSubmitted.id}/reinstate`, body: {} }) },

  // Rounds, panels, assignment, conflicts
  'GET /api/contests/:contestId/rounds': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/rounds` }) },
  'POST /api/contests/:contestId/rounds': {
    statuses: organizers(201),
    request: (w) => ({ url: `/api/contests/${w.contests.judging}/rounds`, body: { name: 'Vòng phụ', opensAt: later(w, 1), closesAt: later(w, 5) } }),
  },
  'GET /api/rounds/:roundId': { statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}` }) },
  'PATCH /api/rounds/:roundId': { statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}`, body: { name: 'Vòng sơ khảo thứ nhất' } }) },
  'PUT /api/rounds/:roundId/judges': {
    statuses: organizers(),
    request: (w) => ({ url: `/api/rounds/${w.roundId}/judges`, body: { judges: [{ userId: w.assignedJudgeId }, { userId: w.otherJudgeId }] } }),
  },
  'POST /api/rounds/:roundId/assignments': { statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}/assignments`, body: { seed: 7 } }) },
  'POST /api/contests/:contestId/conflicts': {
    statuses: organizers(201),
    request: (w) => ({ url: `/api/contests/${w.contests.judging}/conflicts`, body: { judgeId: w.assignedJudgeId, entryCode: w.otherJudged.code, reason: 'Cùng tổ' } }),
    cases: {
      'an entry of another contest': {
        statuses: organizers(404),
        request: (w) => ({ url: `/api/contests/${w.contests.judging}/conflicts`, body: { judgeId: w.assignedJudgeId, entryCode: w.winner.code, reason: 'Cùng tổ' } }),
      },
    },
  },
  'GET /api/contests/:contestId/conflicts': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/conflicts` }) },
  'DELETE /api/conflicts/:conflictId': { statuses: organizers(204), request: (w) => ({ url: `/api/conflicts/${w.conflictId}` }) },

  // Judging: the assigned judge's alone (organizers have no assignments either)
  'GET /api/judging/assignments': { statuses: signedIn(), request: () => ({ url: '/api/judging/assignments?page=1&show=unscored' }) },
  'GET /api/judging/assignments/:assignmentId': { statuses: only(['assignedJudge']), request: (w) => ({ url: `/api/judging/assignments/${w.assignmentId}` }) },
  'GET /api/judging/assignments/:assignmentId/next': { statuses: only(['assignedJudge']), request: (w) => ({ url: `/api/judging/assignments/${w.assignmentId}/next` }) },
  'GET /api/judging/assignments/:assignmentId/attachments/:number': {
    statuses: only(['assignedJudge']), request: (w) => ({ url: `/api/judging/assignments/${w.assignmentId}/attachments/1` }),
    cases: { 'a file the entry does not have': { statuses: only([]), request: (w) => ({ url: `/api/judging/assignments/${w.assignmentId}/attachments/2` }) } },
  },
  'GET /api/judging/comparisons': { statuses: signedIn(), request: () => ({ url: '/api/judging/comparisons' }) },
  'GET /api/judging/comparisons/:roundId': {
    statuses: only(['assignedJudge']), request: (w) => ({ url: `/api/judging/comparisons/${w.comparativeRoundId}` }),
    cases: { 'a rubric round': { statuses: only([]), request: (w) => ({ url: `/api/judging/comparisons/${w.roundId}` }) } },
  },
  // The world's round has two entries, and the conflicts line above keeps one from the assigned
  // judge once writes run; a pair of one entry with itself is refused in every phase, past the
  // access check (comparative.test.ts makes the choices that succeed).
  'POST /api/judging/comparisons/:roundId': {
    statuses: only(['assignedJudge'], 409),
    request: (w) => ({ url: `/api/judging/comparisons/${w.comparativeRoundId}`, body: { left: w.judged.code, right: w.judged.code, winner: w.judged.code } }),
  },
  'PUT /api/judging/assignments/:assignmentId/score': {
    statuses: only(['assignedJudge']),
    request: (w) => ({ url: `/api/judging/assignments/${w.assignmentId}/score`, body: { scores: Object.fromEntries(w.criterionIds.map((id) => [id, 8])), submit: true } }),
  },
  'POST /api/judging/assignments/:assignmentId/recuse': {
    statuses: only(['assignedJudge']), request: (w) => ({ url: `/api/judging/assignments/${w.assignmentId}/recuse`, body: { reason: 'Tôi nhận ra tác giả' } }),
  },

  // Dashboards and the audit log (read only)
  'GET /api/dashboards/contests': { statuses: organizers(), request: () => ({ url: '/api/dashboards/contests' }) },
  'GET /api/contests/:contestId/dashboard': {
    statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/dashboard?sort=name` }),
  },
  'GET /api/audit': { statuses: organizers(), request: (w) => ({ url: `/api/audit?contestId=${w.contests.judging}&page=1` }) },

  // Results
  'GET /api/rounds/:roundId/results': { statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}/results?method=corrected` }) },
  'GET /api/rounds/:roundId/reliability': { statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}/reliability` }) },
  'GET /api/rounds/:roundId/export': { statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}/export?table=sheets&format=csv` }) },
  'POST /api/rounds/:roundId/tie-decisions': {
    statuses: organizers(), request: (w) => ({ url: `/api/rounds/${w.roundId}/tie-decisions`, body: { codes: [w.judged.code, w.otherJudged.code], reason: 'Bốc thăm' } }),
    cases: {
      'an entry of another contest': {
        statuses: organizers(404), request: (w) => ({ url: `/api/rounds/${w.roundId}/tie-decisions`, body: { codes: [w.judged.code, w.winner.code], reason: 'Bốc thăm' } }),
      },
    },
  },
  'POST /api/rounds/:roundId/shortlist': {
    statuses: organizers(201),
    request: (w) => ({ url: `/api/rounds/${w.roundId}/shortlist`, body: { topN: 1, name: 'Chung khảo', opensAt: later(w, 8), closesAt: later(w, 15) } }),
  },

  // Awards
  'GET /api/contests/:contestId/awards': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/awards` }) },
  'PUT /api/contests/:contestId/awards': {
    statuses: organizers(),
    request: (w) => ({ url: `/api/contests/${w.contests.judging}/awards`, body: { awards: [{ entryCode: w.otherJudged.code, tierId: w.contests.judgingTierId, reason: 'Hội đồng thống nhất' }] } }),
    cases: {
      'an entry of another contest': {
        statuses: organizers(404),
        request: (w) => ({ url: `/api/contests/${w.contests.judging}/awards`, body: { awards: [{ entryCode: w.winner.code, tierId: w.contests.judgingTierId, reason: 'Hội đồng thống nhất' }] } }),
      },
    },
  },
  'POST /api/contests/:contestId/awards/finalize': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.judging}/awards/finalize` }) },

  // Publication: the winner's public version, the organizers' approval and showcase
  'GET /api/entries/:entryId/publication': { statuses: only(['owner', 'organizer']), request: (w) => ({ url: `/api/entries/${w.winner.id}/publication` }) },
  'PUT /api/entries/:entryId/publication': {
    statuses: only(['owner']),
    request: (w) => ({ url: `/api/entries/${w.winner.id}/publication`, body: { title: w.winner.title, body: w.winner.body, usesPenName: true, penName: 'Hồng Nhung', showUnit: false, photoIds: [], approve: true } }),
  },
  'POST /api/entries/:entryId/publication/decline': { statuses: only(['owner']), request: (w) => ({ url: `/api/entries/${w.winner.id}/publication/decline` }) },
  'PUT /api/entries/:entryId/publication/approval': {
    statuses: organizers(), request: (w) => ({ url: `/api/entries/${w.winner.id}/publication/approval`, body: { approved: false } }),
  },
  'GET /api/entries/:entryId/certificate.pdf': {
    statuses: only(['owner', 'organizer']), request: (w) => ({ url: `/api/entries/${w.winner.id}/certificate.pdf` }),
    cases: { 'an entry without an award': { statuses: only([]), request: (w) => ({ url: `/api/entries/${w.judged.id}/certificate.pdf` }) } },
  },
  'GET /api/contests/:contestId/certificates.pdf': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.awarded}/certificates.pdf` }) },
  'GET /api/contests/:contestId/publications': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.awarded}/publications` }) },
  'DELETE /api/contests/:contestId/publish': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.awarded}/publish` }) },
  'POST /api/contests/:contestId/publish': { statuses: organizers(), request: (w) => ({ url: `/api/contests/${w.contests.awarded}/publish`, body: {} }) },

  // What the public reads
  'GET /api/public/contests': { statuses: everyone(), request: () => ({ url: '/api/public/contests' }) },
  // Nothing unpublished answers, to anybody, organizers included: the public routes show what is public.
  'GET /api/public/contests/:slug': {
    statuses: everyone(), request: (w) => ({ url: `/api/public/contests/${w.contests.awardedSlug}` }),
    cases: {
      'a contest in judging': { statuses: everyone(404), request: (w) => ({ url: `/api/public/contests/${w.contests.judgingSlug}` }) },
      'a draft contest': { statuses: everyone(404), request: (w) => ({ url: `/api/public/contests/${w.contests.draftSlug}` }) },
    },
  },
  'GET /api/public/contests/:slug/stories/:storySlug': {
    statuses: everyone(), request: (w) => ({ url: `/api/public/contests/${w.contests.awardedSlug}/stories/${w.story.slug}` }),
    cases: {
      'a winner\'s story its author has not approved': {
        statuses: everyone(404), request: (w) => ({ url: `/api/public/contests/${w.contests.awardedSlug}/stories/${w.winner.slug}` }),
      },
      'a published story under another contest\'s address': {
        statuses: everyone(404), request: (w) => ({ url: `/api/public/contests/${w.contests.judgingSlug}/stories/${w.story.slug}` }),
      },
    },
  },
  'GET /api/public/contests/:slug/stories/:storySlug/photos/:photoId': {
    statuses: everyone(), request: (w) => ({ url: `/api/public/contests/${w.contests.awardedSlug}/stories/${w.story.slug}/photos/${w.story.photoId}` }),
    cases: {
      'an unpublished entry\'s photo under a published story': {
        statuses: everyone(404), request: (w) => ({ url: `/api/public/contests/${w.contests.awardedSlug}/stories/${w.story.slug}/photos/${w.judged.attachmentId}` }),
      },
    },
  },
  'GET /api/public/contests/:slug/anthology.:format': {
    statuses: everyone(), request: (w) => ({ url: `/api/public/contests/${w.contests.awardedSlug}/anthology.epub` }),
    cases: { 'a contest in judging': { statuses: everyone(404), request: (w) => ({ url: `/api/public/contests/${w.contests.judgingSlug}/anthology.pdf` }) } },
  },
  'GET /api/public/search': {
    statuses: everyone(), request: () => ({ url: '/api/public/search?q=nguoi+thay+thuoc' }),
    cases: { 'within a contest in judging': { statuses: everyone(404), request: (w) => ({ url: `/api/public/search?q=nguoi&contest=${w.contests.judgingSlug}` }) } },
  },
  'GET /api/public/stories': {
    statuses: everyone(), request: () => ({ url: '/api/public/stories?text=true' }),
    cases: { 'of a contest in judging': { statuses: everyone(404), request: (w) => ({ url: `/api/public/stories?contest=${w.contests.judgingSlug}&text=true` }) } },
  },
  // Last: it changes a final result (the owner's award, whose story is not public yet).
  'POST /api/contests/:contestId/awards/revoke': {
    statuses: organizers(),
    request: (w) => ({ url: `/api/contests/${w.contests.awarded}/awards/revoke`, body: { entryCode: w.winner.code, reason: 'Phát hiện đạo văn sau lễ trao giải' } }),
  },
};

export const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const methodOf = (key: string) => key.slice(0, key.indexOf(' '));
