import { error, type RequestEvent } from '@sveltejs/kit';
import type { Body, Query } from '$lib/api';
import { translator, type Translate } from '$lib/i18n';
import type {
  AnonymityWarning,
  AssignmentPreview,
  AuditPage,
  AuditQuery,
  AwardInput,
  AwardRevocation,
  AwardRevocationInput,
  Awards,
  BlindEntry,
  ChoiceInput,
  ComparativeRoundSummary,
  Comparison,
  ComparisonTask,
  ContestDashboard,
  ContestDetail,
  ContestInput,
  ContestOverview,
  ContestPublications,
  ContestSummary,
  EntryDetail,
  EntryPatch,
  EntrySubmission,
  EntrySummary,
  FeedStory,
  ImportKind,
  ImportPreview,
  ImportResult,
  JudgeDashboard,
  JudgeDashboardQuery,
  NextAssignment,
  PeoplePage,
  PeopleQuery,
  Person,
  ParticipationSort,
  MailPage,
  MailStatus,
  Me,
  PasswordLink,
  PublicationDetail,
  PublicVersionInput,
  PublicContestSummary,
  PublicStory,
  Receipt,
  ReliabilityReport,
  Role,
  RoundDetail,
  RoundInput,
  RoundResults,
  ScoreInput,
  ScoreMethod,
  SortOrder,
  Screening,
  ScreeningEntry,
  SearchResults,
  Showcase,
  SetupStatus,
  SubmitResult,
  Unit,
  UnitInput,
  UnitPatch,
  UploadResult,
  UserSummary,
} from '$lib/types';
import { parseSetCookie } from './set-cookie';

/**
 * The one client for the HTTP API: the web reaches data only through it. Calls go to
 * same-origin `/api/*` with `event.fetch`; the `handleFetch` hook (hooks.server.ts) sends them
 * to the API's internal address with the browser's cookies.
 */

export type ApiEvent = Pick<RequestEvent, 'fetch' | 'cookies' | 'locals'>;

export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  /** Already in the user's language: show it as is. */
  message: string;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function call<T>(
  event: ApiEvent,
  method: Method,
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  const t = translator(event.locals.locale);
  let response: Response;
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    // FormData (uploads) sets its own multipart content type with the boundary.
    const multipart = body instanceof FormData;
    if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
    response = await event.fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 503, code: 'api_unreachable', message: t('error.apiUnreachable') };
  }

  // Any answer may carry the session cookie: a new one at sign-in, a cleared one at sign-out or
  // for a dead session, a refreshed one when the idle timeout slides. The browser never talks to
  // the API in these calls, so re-issue every one on the browser's response.
  for (const line of response.headers.getSetCookie()) {
    const cookie = parseSetCookie(line);
    if (cookie) {
      event.cookies.set(cookie.name, cookie.value, { ...cookie.options, encode: (v) => v });
    }
  }

  const payload: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => undefined);

  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  return { ok: false, status: response.status, ...errorBody(payload, response.status, t) };
}

/** The API's `{error: {code, message}}`, or a generic message for anything else (a proxy page). */
function errorBody(
  payload: unknown,
  status: number,
  t: Translate,
): { code: string; message: string } {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    const body = payload.error;
    if (typeof body === 'object' && body !== null && 'code' in body && 'message' in body) {
      const { code, message } = body;
      if (typeof code === 'string' && typeof message === 'string') return { code, message };
    }
  }
  return { code: `http_${status}`, message: t('error.unexpected') };
}

/** A status usable with SvelteKit's `error()`/`fail()`, which accept only 400–599. */
export function errorStatus(status: number): number {
  return status >= 400 && status <= 599 ? status : 502;
}

/** For loads: the data, or the error page with the API's (already translated) message. */
export function dataOrError<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  error(errorStatus(result.status), result.message);
}

/** The signed-in user, or null when there is no valid session (401). */
export async function getMe(event: ApiEvent): Promise<ApiResult<Me | null>> {
  const result = await call<Me>(event, 'GET', '/me');
  if (!result.ok && result.status === 401) return { ok: true, status: 401, data: null };
  return result;
}

export function getSetupStatus(event: ApiEvent): Promise<ApiResult<SetupStatus>> {
  return call(event, 'GET', '/setup');
}

export type SetupInput = Body<'/api/setup', 'post'>;

export function completeSetup(event: ApiEvent, input: SetupInput): Promise<ApiResult<Me>> {
  return call(event, 'POST', '/setup', input);
}

export type RegisterInput = Body<'/api/auth/register', 'post'>;

export function register(event: ApiEvent, input: RegisterInput): Promise<ApiResult<Me>> {
  return call(event, 'POST', '/auth/register', input);
}

export function login(
  event: ApiEvent,
  input: { email: string; password: string },
): Promise<ApiResult<Me>> {
  return call(event, 'POST', '/auth/login', input);
}

export function logout(event: ApiEvent): Promise<ApiResult<undefined>> {
  return call(event, 'POST', '/auth/logout');
}

export function listUnits(event: ApiEvent): Promise<ApiResult<Unit[]>> {
  return call(event, 'GET', '/units');
}

/** The units registration offers (not the organizers' own). */
export function listEntrantUnits(event: ApiEvent): Promise<ApiResult<Unit[]>> {
  return call(event, 'GET', '/auth/units');
}

export function createUnit(
  event: ApiEvent,
  input: UnitInput,
): Promise<ApiResult<Unit>> {
  return call(event, 'POST', '/units', input);
}

export function updateUnit(
  event: ApiEvent,
  unitId: number,
  input: UnitPatch,
): Promise<ApiResult<Unit>> {
  return call(event, 'PATCH', `/units/${encodeURIComponent(unitId)}`, input);
}

const id = (value: number) => encodeURIComponent(value);

export function listContests(event: ApiEvent): Promise<ApiResult<ContestSummary[]>> {
  return call(event, 'GET', '/contests');
}

export function getContest(event: ApiEvent, contestId: number): Promise<ApiResult<ContestDetail>> {
  return call(event, 'GET', `/contests/${id(contestId)}`);
}

export function createContest(
  event: ApiEvent,
  input: ContestInput,
): Promise<ApiResult<ContestDetail>> {
  return call(event, 'POST', '/contests', input);
}

export function updateContest(
  event: ApiEvent,
  contestId: number,
  input: Partial<ContestInput>,
): Promise<ApiResult<ContestDetail>> {
  return call(event, 'PATCH', `/contests/${id(contestId)}`, input);
}

export function createEntry(
  event: ApiEvent,
  contestId: number,
  input: Body<'/api/contests/{contestId}/entries', 'post'>,
): Promise<ApiResult<EntryDetail>> {
  return call(event, 'POST', `/contests/${id(contestId)}/entries`, input);
}

export function listMyEntries(event: ApiEvent): Promise<ApiResult<EntrySummary[]>> {
  return call(event, 'GET', '/entries/mine');
}

export function getEntry(event: ApiEvent, entryId: number): Promise<ApiResult<EntryDetail>> {
  return call(event, 'GET', `/entries/${id(entryId)}`);
}

export function updateEntry(
  event: ApiEvent,
  entryId: number,
  patch: EntryPatch,
): Promise<ApiResult<EntryDetail>> {
  return call(event, 'PATCH', `/entries/${id(entryId)}`, patch);
}

/** Multipart: `file`, and `altText` for photos. For the no-JavaScript form; browsers post directly. */
export function uploadAttachment(
  event: ApiEvent,
  entryId: number,
  form: FormData,
): Promise<ApiResult<UploadResult>> {
  return call(event, 'POST', `/entries/${id(entryId)}/attachments`, form);
}

export function deleteAttachment(
  event: ApiEvent,
  entryId: number,
  attachmentId: number,
): Promise<ApiResult<undefined>> {
  return call(event, 'DELETE', `/entries/${id(entryId)}/attachments/${id(attachmentId)}`);
}

export function getAnonymityCheck(
  event: ApiEvent,
  entryId: number,
): Promise<ApiResult<{ warnings: AnonymityWarning[] }>> {
  return call(event, 'GET', `/entries/${id(entryId)}/anonymity-check`);
}

export function submitEntry(
  event: ApiEvent,
  entryId: number,
  input: EntrySubmission,
): Promise<ApiResult<SubmitResult>> {
  return call(event, 'POST', `/entries/${id(entryId)}/submit`, input);
}

export function withdrawEntry(event: ApiEvent, entryId: number): Promise<ApiResult<EntryDetail>> {
  return call(event, 'POST', `/entries/${id(entryId)}/withdraw`);
}

export function getReceipt(
  event: ApiEvent,
  entryId: number,
  version?: number,
): Promise<ApiResult<Receipt>> {
  const query = version === undefined ? '' : `?version=${id(version)}`;
  return call(event, 'GET', `/entries/${id(entryId)}/receipt${query}`);
}

/** A query string from the values that are set (`?a=1&b=x`), or ''. */
function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/* People (organizer) */

export function searchUsers(
  event: ApiEvent,
  input: Query<'/api/users', 'get'>,
): Promise<ApiResult<UserSummary[]>> {
  return call(event, 'GET', `/users${query({ q: input.q, role: input.role, limit: input.limit })}`);
}

export function listPeople(event: ApiEvent, input: PeopleQuery): Promise<ApiResult<PeoplePage>> {
  const { q, role, unitId, status, page } = input;
  return call(event, 'GET', `/people${query({ q, role, unitId, status, page })}`);
}

export function setUserRoles(event: ApiEvent, userId: string, roles: Role[]): Promise<ApiResult<Me>> {
  return call(event, 'PUT', `/users/${encodeURIComponent(userId)}/roles`, { roles });
}

export function setPersonActive(event: ApiEvent, userId: string, active: boolean): Promise<ApiResult<Person>> {
  const action = active ? 'reactivate' : 'deactivate';
  return call(event, 'POST', `/people/${encodeURIComponent(userId)}/${action}`);
}

/** Mails the person a new set-password link; the answer never holds it. */
export function sendPasswordLink(event: ApiEvent, userId: string): Promise<ApiResult<undefined>> {
  return call(event, 'POST', `/people/${encodeURIComponent(userId)}/password-link`);
}

/* One's own account */

export function updateMe(event: ApiEvent, input: Body<'/api/me', 'patch'>): Promise<ApiResult<Me>> {
  return call(event, 'PATCH', '/me', input);
}

export function changePassword(
  event: ApiEvent,
  input: Body<'/api/auth/password', 'post'>,
): Promise<ApiResult<undefined>> {
  return call(event, 'POST', '/auth/password', input);
}

/* Screening (organizer) */

/** `threshold`: the near-duplicate threshold, 0.3–1. */
export type ScreeningFilters = Query<'/api/contests/{contestId}/screening', 'get'>;

export function getScreening(
  event: ApiEvent,
  contestId: number,
  filters: ScreeningFilters,
): Promise<ApiResult<Screening>> {
  return call(event, 'GET', `/contests/${id(contestId)}/screening${query({ ...filters })}`);
}

export function compareEntries(
  event: ApiEvent,
  contestId: number,
  a: string,
  b: string,
): Promise<ApiResult<Comparison>> {
  return call(event, 'GET', `/contests/${id(contestId)}/screening/compare${query({ a, b })}`);
}

export function disqualifyEntry(
  event: ApiEvent,
  entryId: number,
  reason: string,
): Promise<ApiResult<ScreeningEntry>> {
  return call(event, 'POST', `/entries/${id(entryId)}/disqualify`, { reason });
}

export function reinstateEntry(event: ApiEvent, entryId: number): Promise<ApiResult<ScreeningEntry>> {
  return call(event, 'POST', `/entries/${id(entryId)}/reinstate`, { reason: '' });
}

/* Rounds and assignment (organizer) */

export function listRounds(event: ApiEvent, contestId: number): Promise<ApiResult<RoundDetail[]>> {
  return call(event, 'GET', `/contests/${id(contestId)}/rounds`);
}

export function createRound(
  event: ApiEvent,
  contestId: number,
  input: RoundInput,
): Promise<ApiResult<RoundDetail>> {
  return call(event, 'POST', `/contests/${id(contestId)}/rounds`, input);
}

export function getRound(event: ApiEvent, roundId: number): Promise<ApiResult<RoundDetail>> {
  return call(event, 'GET', `/rounds/${id(roundId)}`);
}

export function updateRound(
  event: ApiEvent,
  roundId: number,
  patch: Partial<Pick<RoundInput, 'name' | 'method' | 'readersPerEntry' | 'comparisonsPerEntry' | 'opensAt' | 'closesAt'>>,
): Promise<ApiResult<RoundDetail>> {
  return call(event, 'PATCH', `/rounds/${id(roundId)}`, patch);
}

/** Replaces the whole panel; a judge left out loses the entries they have not scored. */
export function setRoundJudges(
  event: ApiEvent,
  roundId: number,
  judges: { userId: string; maxLoad: number | null }[],
): Promise<ApiResult<RoundDetail>> {
  return call(event, 'PUT', `/rounds/${id(roundId)}/judges`, { judges });
}

/** With `dryRun` nothing is written; the same seed commits exactly what was previewed. */
export function runAssignment(
  event: ApiEvent,
  roundId: number,
  input: { seed?: number; dryRun: boolean },
): Promise<ApiResult<AssignmentPreview>> {
  return call(event, 'POST', `/rounds/${id(roundId)}/assignments`, input);
}

export function createShortlist(
  event: ApiEvent,
  roundId: number,
  input: Body<'/api/rounds/{roundId}/shortlist', 'post'>,
): Promise<ApiResult<RoundDetail>> {
  return call(event, 'POST', `/rounds/${id(roundId)}/shortlist`, input);
}

export function declareConflict(
  event: ApiEvent,
  contestId: number,
  input: Body<'/api/contests/{contestId}/conflicts', 'post'>,
): Promise<ApiResult<{ id: number }>> {
  return call(event, 'POST', `/contests/${id(contestId)}/conflicts`, input);
}

/* Results and awards (organizer) */

export function getRoundResults(
  event: ApiEvent,
  roundId: number,
  method: ScoreMethod,
  page = 1,
): Promise<ApiResult<RoundResults>> {
  return call(event, 'GET', `/rounds/${id(roundId)}/results?method=${method}&page=${page}`);
}

/** The reliability report of packages/scoring: read it with `reliabilityFigures`. */
export function getReliability(event: ApiEvent, roundId: number): Promise<ApiResult<ReliabilityReport>> {
  return call(event, 'GET', `/rounds/${id(roundId)}/reliability`);
}

export const EXPORT_TABLES = ['results', 'sheets', 'judges', 'units'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** Same-origin address of an export, ranked by the method on screen: a plain link, the browser sends its own cookie. */
export function exportUrl(roundId: number, table: ExportTable, format: 'csv' | 'xlsx', method: ScoreMethod): string {
  return `/api/rounds/${id(roundId)}/export?table=${table}&format=${format}&method=${method}`;
}

export function getAwards(event: ApiEvent, contestId: number): Promise<ApiResult<Awards>> {
  return call(event, 'GET', `/contests/${id(contestId)}/awards`);
}

/** Replaces the decided list; a departure from the proposal needs a reason. */
export function decideAwards(event: ApiEvent, contestId: number, awards: AwardInput[]): Promise<ApiResult<Awards>> {
  return call(event, 'PUT', `/contests/${id(contestId)}/awards`, { awards });
}

export function finalizeAwards(event: ApiEvent, contestId: number): Promise<ApiResult<Awards>> {
  return call(event, 'POST', `/contests/${id(contestId)}/awards/finalize`);
}

/** Revokes one final award with its reason; its story leaves the showcase and the prize stays vacant. */
export function revokeAward(event: ApiEvent, contestId: number, input: AwardRevocationInput): Promise<ApiResult<AwardRevocation>> {
  return call(event, 'POST', `/contests/${id(contestId)}/awards/revoke`, input);
}

/* Publication: a winner's public version (author, organizer) and the showcase (organizer). */

export function getPublication(event: ApiEvent, entryId: number): Promise<ApiResult<PublicationDetail>> {
  return call(event, 'GET', `/entries/${id(entryId)}/publication`);
}

export function savePublicVersion(
  event: ApiEvent,
  entryId: number,
  input: PublicVersionInput,
): Promise<ApiResult<PublicationDetail>> {
  return call(event, 'PUT', `/entries/${id(entryId)}/publication`, input);
}

export function declinePublication(event: ApiEvent, entryId: number): Promise<ApiResult<PublicationDetail>> {
  return call(event, 'POST', `/entries/${id(entryId)}/publication/decline`, {});
}

/** Approves the version the organizer read (`reviewed`: its authorApprovedAt), or takes the approval back. */
export function setPublicationApproval(
  event: ApiEvent,
  entryId: number,
  approval: { approved: true; reviewed: string } | { approved: false },
): Promise<ApiResult<PublicationDetail>> {
  return call(event, 'PUT', `/entries/${id(entryId)}/publication/approval`, approval);
}

export function getContestPublications(event: ApiEvent, contestId: number): Promise<ApiResult<ContestPublications>> {
  return call(event, 'GET', `/contests/${id(contestId)}/publications`);
}

/** Publishes the showcase now, or at `at` (ISO 8601). */
export function publishContest(event: ApiEvent, contestId: number, at?: string): Promise<ApiResult<ContestPublications>> {
  return call(event, 'POST', `/contests/${id(contestId)}/publish`, at ? { at } : {});
}

export function unpublishContest(event: ApiEvent, contestId: number): Promise<ApiResult<ContestPublications>> {
  return call(event, 'DELETE', `/contests/${id(contestId)}/publish`);
}

/*
 * Judging (judge). Blind by construction: a judge's pages call only these, whose answers
 * the API builds from an allow-list. Never call entry or user routes from a judge's page.
 */

/** One page of the judge's own assignments (the API's page size), with every round's progress. */
export function listAssignments(event: ApiEvent, input: Omit<JudgeDashboardQuery, 'pageSize'>): Promise<ApiResult<JudgeDashboard>> {
  const { page, show } = input;
  return call(event, 'GET', `/judging/assignments${query({ page, show })}`);
}

/** The judge's next entry to score after this one in its round, or null. */
export function getNextAssignment(event: ApiEvent, assignmentId: number): Promise<ApiResult<NextAssignment>> {
  return call(event, 'GET', `/judging/assignments/${id(assignmentId)}/next`);
}

export function getAssignment(event: ApiEvent, assignmentId: number): Promise<ApiResult<BlindEntry>> {
  return call(event, 'GET', `/judging/assignments/${id(assignmentId)}`);
}

export function saveScore(
  event: ApiEvent,
  assignmentId: number,
  input: ScoreInput,
): Promise<ApiResult<BlindEntry>> {
  return call(event, 'PUT', `/judging/assignments/${id(assignmentId)}/score`, input);
}

export function recuse(
  event: ApiEvent,
  assignmentId: number,
  reason: string,
): Promise<ApiResult<{ reassigned: boolean }>> {
  return call(event, 'POST', `/judging/assignments/${id(assignmentId)}/recuse`, { reason });
}

export function listComparativeRounds(event: ApiEvent): Promise<ApiResult<ComparativeRoundSummary[]>> {
  return call(event, 'GET', '/judging/comparisons');
}

export function getComparisonTask(event: ApiEvent, roundId: number): Promise<ApiResult<ComparisonTask>> {
  return call(event, 'GET', `/judging/comparisons/${id(roundId)}`);
}

export function chooseBetter(event: ApiEvent, roundId: number, input: ChoiceInput): Promise<ApiResult<ComparisonTask>> {
  return call(event, 'POST', `/judging/comparisons/${id(roundId)}`, input);
}

/*
 * Publication (public, no sign-in). Only what is published answers; anything else is a 404,
 * which pages turn into the normal error page with `dataOrError`.
 */

const slug = (value: string) => encodeURIComponent(value);

export function listPublishedContests(event: ApiEvent): Promise<ApiResult<PublicContestSummary[]>> {
  return call(event, 'GET', '/public/contests');
}

export function getShowcase(event: ApiEvent, contestSlug: string): Promise<ApiResult<Showcase>> {
  return call(event, 'GET', `/public/contests/${slug(contestSlug)}`);
}

export function getStory(
  event: ApiEvent,
  contestSlug: string,
  storySlug: string,
): Promise<ApiResult<PublicStory>> {
  return call(event, 'GET', `/public/contests/${slug(contestSlug)}/stories/${slug(storySlug)}`);
}

export function searchStories(
  event: ApiEvent,
  input: Query<'/api/public/search', 'get'>,
): Promise<ApiResult<SearchResults>> {
  return call(event, 'GET', `/public/search${query({ q: input.q, contest: input.contest, page: input.page })}`);
}

/** Every published story with its text (feeds, sitemap), optionally of one contest. */
/** Published stories (of one contest, or all); their text only when a feed needs it. */
export function listPublicStories(
  event: ApiEvent,
  options: { contestSlug?: string; text?: boolean } = {},
): Promise<ApiResult<FeedStory[]>> {
  return call(event, 'GET', `/public/stories${query({ contest: options.contestSlug, text: options.text ? 'true' : undefined })}`);
}

/** Same-origin address of a contest's anthology: a plain download link. */
export function anthologyUrl(contestSlug: string, format: 'pdf' | 'epub'): string {
  return `/api/public/contests/${slug(contestSlug)}/anthology.${format}`;
}

/** Checks a CSV/XLSX of units or people (`form` holds the `file` part); saves nothing. */
export function previewImport(
  event: ApiEvent,
  kind: ImportKind,
  form: FormData,
): Promise<ApiResult<ImportPreview>> {
  return call(event, 'POST', `/imports/preview?kind=${kind}`, form);
}

/** Saves a previewed file, all or nothing. */
export function confirmImport(event: ApiEvent, previewId: string): Promise<ApiResult<ImportResult>> {
  return call(event, 'POST', '/imports', { previewId });
}

/* Dashboards and the audit log (organizer) */

export function getOrganizerOverview(event: ApiEvent): Promise<ApiResult<ContestOverview[]>> {
  return call(event, 'GET', '/dashboards/contests');
}

export function getContestDashboard(
  event: ApiEvent,
  contestId: number,
  sorting: { sort?: ParticipationSort; order?: SortOrder },
): Promise<ApiResult<ContestDashboard>> {
  return call(event, 'GET', `/contests/${id(contestId)}/dashboard${query({ ...sorting })}`);
}

export function getAuditPage(event: ApiEvent, filters: AuditQuery): Promise<ApiResult<AuditPage>> {
  return call(event, 'GET', `/audit${query({ ...filters })}`);
}

/* Mail, password links and the person's language */

export function listOutbox(
  event: ApiEvent,
  query: { page: number; status?: MailStatus },
): Promise<ApiResult<MailPage>> {
  const params = new URLSearchParams({ page: String(query.page) });
  if (query.status) params.set('status', query.status);
  return call(event, 'GET', `/mail/outbox?${params}`);
}

export function listNotices(event: ApiEvent, page: number): Promise<ApiResult<MailPage>> {
  return call(event, 'GET', `/me/notices?page=${encodeURIComponent(page)}`);
}

export function saveLocale(event: ApiEvent, locale: 'vi' | 'en'): Promise<ApiResult<undefined>> {
  return call(event, 'PUT', '/me/locale', { locale });
}

export function requestPasswordReset(event: ApiEvent, email: string): Promise<ApiResult<undefined>> {
  return call(event, 'POST', '/auth/password-reset', { email });
}

export function getPasswordLink(event: ApiEvent, token: string): Promise<ApiResult<PasswordLink>> {
  return call(event, 'GET', `/auth/password-links/${encodeURIComponent(token)}`);
}

export function setPasswordWithLink(
  event: ApiEvent,
  token: string,
  newPassword: string,
): Promise<ApiResult<Me>> {
  // Signs the person in: the answer carries their new session cookie.
  return call(event, 'POST', `/auth/password-links/${encodeURIComponent(token)}`, { newPassword });
}
