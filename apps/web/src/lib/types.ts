/**
 * The API's JSON shapes, by the names the pages use. Every one is an alias of the types generated
 * from the API's OpenAPI document (`$lib/api/schema.d.ts`, `pnpm contract`), so a changed response
 * shape breaks the web's type check, not a page. Declare no shape here by hand: alias a component
 * or an operation's body instead (the contract test refuses interfaces and object types here).
 */
import { everyOf, type Answer, type Body, type Query, type Schemas } from './api';

export type Role = Schemas['Role'];
export type Me = Schemas['Me'];
export type Unit = Schemas['Unit'];
export type UnitInput = Body<'/api/units', 'post'>;
export type UnitPatch = Body<'/api/units/{unitId}', 'patch'>;
export type SetupStatus = Answer<'/api/setup', 'get'>;

export type ContestStatus = Schemas['ContestStatus'];
export const CONTEST_STATUSES = everyOf<ContestStatus>()(['draft', 'open', 'judging', 'awarded', 'published']);

export type AttachmentKind = Schemas['AttachmentKind'];
export const ATTACHMENT_KINDS = everyOf<AttachmentKind>()(['docx', 'odt', 'pdf', 'jpeg', 'png', 'webp']);

export type AdjudicationMethod = Schemas['AdjudicationMethod'];
export const ADJUDICATION_METHODS = everyOf<AdjudicationMethod>()(['closest-two', 'mean-of-three']);

export type ContestSummary = Schemas['ContestSummary'];
export type CriterionInput = Schemas['CriterionInput'];
export type PrizeTierInput = Schemas['PrizeTierInput'];
/** The contest form always sends every field; only the status may stay as it is. */
export type ContestInput = Required<Omit<Schemas['ContestInput'], 'status'>> & Pick<Schemas['ContestInput'], 'status'>;
export type ContestDetail = Schemas['ContestDetail'];

export type EntryStatus = Schemas['EntryStatus'];
export type EntrySummary = Schemas['EntrySummary'];
export type Attachment = Schemas['Attachment'];
export type EntryVersion = Schemas['EntryVersion'];
export type EntryContest = Schemas['EntryContest'];
export type EntryDetail = Schemas['EntryDetail'];
export type EntryPatch = Body<'/api/entries/{entryId}', 'patch'>;
export type EntrySubmission = Body<'/api/entries/{entryId}/submit', 'post'>;
export type UploadResult = Answer<'/api/entries/{entryId}/attachments', 'post', 201>;
export type ExtractedText = NonNullable<UploadResult['extracted']>;
export type AnonymityWarning = Schemas['AnonymityWarning'];
export type SubmitResult = Schemas['SubmitResult'];
export type Receipt = Schemas['Receipt'];

/** The contest form's values are the web's own (text as typed), not an API shape. */
export type { ContestFormValues } from './contest-form-values';

/** What every page knows about the signed-in person (the root layout's data): no id, e-mail or
 * unit, so nothing about anyone's unit reaches a judge's pages (DESIGN.md, Blindness). */
export type SessionUser = Pick<Me, 'fullName' | 'roles'>;

/** A person found by GET /api/users (organizer). */
export type UserSummary = Answer<'/api/users', 'get'>[number];

/** The organizers' people page (GET /api/people). */
export type Person = Schemas['Person'];
export type PeoplePage = Schemas['PeoplePage'];
export type PeopleQuery = Query<'/api/people', 'get'>;
/** The people page's status filter. */
export type PersonStatus = NonNullable<PeopleQuery['status']>;

/* Screening (organizer) */

export type Screening = Answer<'/api/contests/{contestId}/screening', 'get'>;
export type ScreeningEntry = Screening['entries'][number];
/** The statuses screening lists (its filter). */
export type ScreeningStatus = NonNullable<Query<'/api/contests/{contestId}/screening', 'get'>['status']>;
/** What the organizer's entry list sorts by, the default first. */
export type ScreeningSort = NonNullable<Query<'/api/contests/{contestId}/screening', 'get'>['sort']>;
export const SCREENING_SORTS = everyOf<ScreeningSort>()(['submitted', 'code', 'title', 'status', 'words']);
export type NearDuplicate = Screening['nearDuplicates'][number];
export type Comparison = Answer<'/api/contests/{contestId}/screening/compare', 'get'>;
export type TextRange = Comparison['passages'][number]['a'];

/* Rounds and assignment (organizer) */

export type RoundKind = Schemas['RoundKind'];
export type RoundMethod = Schemas['RoundMethod'];
export type RoundJudge = Schemas['RoundJudge'];
export type RoundDetail = Schemas['RoundDetail'];
export type RoundInput = Schemas['RoundInput'];
export type AssignmentPreview = Schemas['AssignmentPreview'];
export type ShortlistInput = Body<'/api/rounds/{roundId}/shortlist', 'post'>;

/* Judging (judge): the API's blind shapes, an allow-list */

export type BlindSummary = Schemas['BlindSummary'];
export type SheetStatus = BlindSummary['status'];
export type RubricLevel = Schemas['RubricLevel'];
export type RubricCriterion = Schemas['RubricCriterion'];
export type BlindAttachment = Schemas['BlindAttachment'];
export type ScoreSheet = Schemas['ScoreSheet'];
export type BlindEntry = Schemas['BlindEntry'];
export type ScoreInput = Schemas['ScoreInput'];
export type JudgeDashboard = Schemas['JudgeDashboard'];
export type JudgeDashboardRound = Schemas['JudgeDashboardRound'];
export type JudgeDashboardQuery = Query<'/api/judging/assignments', 'get'>;
export type NextAssignment = Schemas['NextAssignment'];
export type ComparativeRoundSummary = Schemas['ComparativeRoundSummary'];
export type ComparisonTask = Schemas['ComparisonTask'];
export type ComparisonEntry = Schemas['ComparisonEntry'];
export type ChoiceInput = Schemas['ChoiceInput'];

/* Results and awards (organizer) */

export type ScoreMethod = NonNullable<Query<'/api/rounds/{roundId}/results', 'get'>['method']>;
export type ResultEntry = Schemas['ResultEntry'];
export type ResultJudge = Schemas['ResultJudge'];
export type RoundResults = Schemas['RoundResults'];
export type ComparativeSummary = Schemas['ComparativeSummary'];
export type ReliabilityReport = Schemas['ReliabilityReport'];

export type Awards = Answer<'/api/contests/{contestId}/awards', 'get'>;
export type AwardView = Awards['proposed'][number];
export type RevokedAward = Awards['revoked'][number];
export type AwardInput = Body<'/api/contests/{contestId}/awards', 'put'>['awards'][number];
export type AwardRevocationInput = Body<'/api/contests/{contestId}/awards/revoke', 'post'>;
/** What a revocation changed. */
export type AwardRevocation = Answer<'/api/contests/{contestId}/awards/revoke', 'post'>;

/* Publication: what visitors read (GET /api/public/…, no sign-in) */

export type PublicContestSummary = Schemas['PublicContestSummary'];
export type PublicPhoto = Schemas['PublicPhoto'];
export type ShowcaseStory = Schemas['ShowcaseStory'];
export type ShowcaseWinner = Schemas['ShowcaseWinner'];
export type Showcase = Schemas['Showcase'];
export type StoryRef = Schemas['StoryRef'];
export type PublicStory = Schemas['PublicStory'];
/** A story in a list across contests (search results, feeds). */
export type ListedStory = Pick<SearchHit, 'contestSlug' | 'contestTitle' | 'slug' | 'title' | 'displayName' | 'tierName'>;
export type SearchHit = Schemas['SearchHit'];
export type SearchResults = Schemas['SearchResults'];
export type FeedStory = Schemas['FeedStory'];

export type PublicationStatus = Schemas['PublicationStatus'];
export type DiffSegment = Schemas['DiffSegment'];
/** A winner's public version beside the judged one (author and organizers only). */
export type PublicationDetail = Schemas['PublicationDetail'];
export type PublicVersionInput = Schemas['PublicVersionInput'];
export type ContestPublications = Schemas['ContestPublications'];
/** Importing units and people from CSV/XLSX: the checked file, then what was saved. */
export type ImportKind = Schemas['ImportKind'];
export type ImportPreview = Schemas['ImportPreview'];
export type ImportResult = Schemas['ImportResult'];

/* Dashboards and the audit log (organizer) */
export type ContestOverview = Schemas['ContestOverview'];
export type NextStep = Schemas['NextStep'];
export type ContestDashboard = Schemas['ContestDashboard'];
export type DayCount = Schemas['DayCount'];
export type ParticipationSort = Schemas['ParticipationSort'];
export type SortOrder = Schemas['SortOrder'];
export type AuditPage = Schemas['AuditPage'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditQuery = Query<'/api/audit', 'get'>;

/* Mail: the organizers' outbox and each person's notices */

export type MailPage = Schemas['MailPage'];
export type MailItem = Schemas['MailItem'];
export type MailStatus = Schemas['MailStatus'];
export const MAIL_STATUSES = everyOf<MailStatus>()(['queued', 'sent', 'failed']);
export type PasswordLink = Schemas['PasswordLink'];
