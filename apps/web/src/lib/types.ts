/** Shapes of the API's JSON (see DESIGN.md "API"); shared by server code and components. */

export type Role = 'entrant' | 'judge' | 'organizer';

export interface Me {
  id: string;
  email: string;
  fullName: string;
  unitId: number;
  unitName: string;
  roles: Role[];
}

export interface Unit {
  id: number;
  name: string;
  headcount: number;
}

export interface SetupStatus {
  needed: boolean;
}

export const CONTEST_STATUSES = ['draft', 'open', 'judging', 'awarded', 'published'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

export const ATTACHMENT_KINDS = ['docx', 'odt', 'pdf', 'jpeg', 'png', 'webp'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export interface ContestSummary {
  id: number;
  slug: string;
  title: string;
  status: ContestStatus;
  /** ISO 8601, UTC. */
  submissionOpensAt: string;
  submissionClosesAt: string;
  minWords: number;
  maxWords: number;
  categories: string[];
  acceptingSubmissions: boolean;
  /** The winning stories are published at /showcase/[slug]. */
  showcasePublic: boolean;
  /** Organizers only. */
  entryCount?: number;
}

export interface CriterionInput {
  name: string;
  description: string;
  weight: number;
  min: number;
  max: number;
}

export interface PrizeTierInput {
  name: string;
  count: number;
}

export interface ContestInput {
  title: string;
  slug: string;
  /** Markdown; the API renders and sanitizes it. */
  description: string;
  rules: string;
  status?: ContestStatus;
  submissionOpensAt: string;
  submissionClosesAt: string;
  minWords: number;
  maxWords: number;
  categories: string[];
  sameUnitConflict: boolean;
  allowedAttachmentKinds: AttachmentKind[];
  maxAttachments: number;
  maxAttachmentBytes: number;
  criteria: CriterionInput[];
  prizeTiers: PrizeTierInput[];
}

export interface ContestDetail extends Omit<ContestInput, 'criteria' | 'prizeTiers' | 'status'> {
  id: number;
  status: ContestStatus;
  /** Rendered from Markdown and sanitized by the API: safe for {@html}. */
  descriptionHtml: string;
  rulesHtml: string;
  acceptingSubmissions: boolean;
  showcasePublic: boolean;
  criteria: (CriterionInput & { id: number })[];
  prizeTiers: (PrizeTierInput & { id: number })[];
  createdAt: string;
  updatedAt: string;
}

export type EntryStatus = 'draft' | 'submitted' | 'withdrawn' | 'disqualified';

export interface EntrySummary {
  id: number;
  contestId: number;
  contestTitle: string;
  code: string;
  status: EntryStatus;
  title: string;
  wordCount: number;
  updatedAt: string;
  submittedAt: string | null;
  versionCount: number;
  disqualifiedReason: string | null;
  submissionClosesAt: string;
  editable: boolean;
  changedSinceSubmission: boolean;
  /** Once the awards are final: the prize, and where the public version stands. */
  award: { tierName: string; publicationStatus: PublicationStatus } | null;
}

export interface Attachment {
  id: number;
  kind: 'document' | 'photo';
  fileKind: AttachmentKind;
  originalName: string;
  size: number;
  altText: string;
  createdAt: string;
}

export interface EntryVersion {
  version: number;
  title: string;
  wordCount: number;
  sha256: string;
  submittedAt: string;
}

export interface EntryContest {
  id: number;
  title: string;
  submissionOpensAt: string;
  submissionClosesAt: string;
  acceptingSubmissions: boolean;
  minWords: number;
  maxWords: number;
  categories: string[];
  allowedAttachmentKinds: AttachmentKind[];
  maxAttachments: number;
  maxAttachmentBytes: number;
}

export interface EntryDetail {
  id: number;
  contestId: number;
  code: string;
  status: EntryStatus;
  title: string;
  subject: string;
  category: string | null;
  /** Sanitized HTML (the API's allow-list). */
  body: string;
  wordCount: number;
  consentToPublish: boolean;
  penName: string | null;
  disqualifiedReason: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  editable: boolean;
  changedSinceSubmission: boolean;
  attachments: Attachment[];
  versions: EntryVersion[];
  contest: EntryContest;
}

export interface EntryPatch {
  title?: string;
  subject?: string;
  category?: string | null;
  body?: string;
}

export interface ExtractedText {
  /** Sanitized by the API. */
  html: string;
  text: string;
  wordCount: number;
}

export interface UploadResult {
  attachment: Attachment;
  extracted: ExtractedText | null;
}

export interface AnonymityWarning {
  field: 'title' | 'subject' | 'body' | 'attachment';
  attachmentId: number | null;
  kind: 'name' | 'email' | 'phone' | 'unit';
  match: string;
  before: string;
  after: string;
}

export interface SubmitResult {
  code: string;
  receiptHash: string;
  submittedAt: string;
  version: number;
  warnings: AnonymityWarning[];
}

export interface Receipt {
  code: string;
  contestTitle: string;
  title: string;
  version: number;
  wordCount: number;
  receiptHash: string;
  submittedAt: string;
  authorName: string;
  penName: string | null;
}

/** What the contest form shows: every value as typed, so a refused form comes back unchanged. */
export interface ContestFormValues {
  title: string;
  slug: string;
  description: string;
  rules: string;
  status: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  minWords: string;
  maxWords: string;
  /** One category per line. */
  categories: string;
  sameUnitConflict: boolean;
  kinds: string[];
  maxAttachments: string;
  maxFileMb: string;
  tiers: { name: string; count: string }[];
  criteria: { name: string; description: string; weight: string; min: string; max: string }[];
}

/** What every page knows about the signed-in person (the root layout's data): no id, e-mail or
 * unit, so nothing about anyone's unit reaches a judge's pages (DESIGN.md, Blindness). */
export interface SessionUser {
  fullName: string;
  roles: Role[];
}

/** A person found by GET /api/users (organizer). */
export type UserSummary = Me;

/* Screening (organizer) */

export type ScreeningStatus = 'submitted' | 'disqualified';

export interface ScreeningEntry {
  id: number;
  code: string;
  title: string;
  category: string | null;
  wordCount: number;
  status: ScreeningStatus;
  disqualifiedReason: string | null;
  authorName: string;
  unitName: string;
  submittedAt: string | null;
  version: number;
}

export interface NearDuplicate {
  a: string;
  b: string;
  /** Jaccard similarity, 0–1. */
  similarity: number;
}

export interface Screening {
  entries: ScreeningEntry[];
  nearDuplicates: NearDuplicate[];
}

export interface TextRange {
  start: number;
  end: number;
}

export interface Comparison {
  a: { code: string; title: string; text: string };
  b: { code: string; title: string; text: string };
  /** Offsets into each text (UTF-16 code units, as JavaScript counts). */
  passages: { a: TextRange; b: TextRange; words: number }[];
}

/* Rounds and assignment (organizer) */

export type RoundKind = 'preliminary' | 'final';

export interface RoundJudge {
  userId: string;
  fullName: string;
  email: string;
  unitName: string;
  maxLoad: number | null;
  assigned: number;
  drafts: number;
  submitted: number;
}

export interface RoundDetail {
  id: number;
  contestId: number;
  name: string;
  kind: RoundKind;
  readersPerEntry: number;
  opensAt: string;
  closesAt: string;
  open: boolean;
  closed: boolean;
  assignmentSeed: number | null;
  entries: number;
  assignments: number;
  submittedSheets: number;
  judges: RoundJudge[];
}

export interface RoundInput {
  name: string;
  kind: RoundKind;
  readersPerEntry: number;
  opensAt: string;
  closesAt: string;
}

export interface AssignmentPreview {
  ok: boolean;
  committed: boolean;
  seed: number;
  /** New assignments this run makes (or would make). */
  added: number;
  entries: number;
  loads: { judgeId: string; fullName: string; load: number; cap: number | null }[];
  /** `message` is the solver's English text, for the technical details. */
  unassignable: { code: string; message: string }[];
  shortfalls: { codes: string[]; demand: number; capacity: number; shortfall: number }[];
  conflictsAvoided: { ownEntry: number; sameUnit: number; declared: number };
  coReading: { connected: boolean; components: number };
  maxSharedEntries: number;
  errors: string[];
}

/* Judging (judge): the API's blind shapes, an allow-list */

export type SheetStatus = 'pending' | 'draft' | 'submitted';

export interface BlindSummary {
  id: number;
  code: string;
  title: string;
  category: string | null;
  wordCount: number;
  status: SheetStatus;
  round: { name: string; kind: RoundKind; opensAt: string; closesAt: string; open: boolean };
}

export interface RubricLevel {
  score: number;
  label: string;
  description: string;
}

export interface RubricCriterion {
  id: number;
  name: string;
  description: string;
  weight: number;
  min: number;
  max: number;
  levels: RubricLevel[];
}

export interface BlindAttachment {
  /** 1-based place in the entry. */
  number: number;
  kind: 'document' | 'photo';
  fileKind: string;
  altText: string;
}

export interface ScoreSheet {
  status: 'draft' | 'submitted';
  comment: string;
  /** Criterion id → score. */
  values: Record<string, number>;
  updatedAt: string;
}

export interface BlindEntry extends BlindSummary {
  subject: string;
  /** Sanitized HTML of the submitted version (the API's allow-list). */
  body: string;
  attachments: BlindAttachment[];
  rubric: RubricCriterion[];
  score: ScoreSheet | null;
}

export interface ScoreInput {
  scores: Record<string, number>;
  comment?: string;
  submit: boolean;
}

/* Results and awards (organizer) */

export type ScoreMethod = 'mean' | 'corrected' | 'zscore';

export interface ResultEntry {
  rank: number;
  tie: boolean;
  code: string;
  title: string;
  /** Unrounded: the API ranks; the page only formats. */
  raw: number;
  score: number;
  readers: number;
  adjudicated: boolean;
  totals: { judgeName: string; total: number; usedInScore: boolean }[];
  /** Only once the awards are finalized. */
  authorName: string | null;
  unitName: string | null;
}

export interface ResultJudge {
  judgeName: string;
  sheets: number;
  /** Negative: severe; positive: lenient. */
  severity: number;
  se: number | null;
  flagged: boolean;
}

export interface RoundResults {
  method: string;
  revealed: boolean;
  entries: ResultEntry[];
  judges: ResultJudge[];
  ties: { rank: number; codes: string[] }[];
}

export interface AwardView {
  tierId: number;
  tierName: string;
  code: string;
  title: string;
  rank: number | null;
  tie: boolean;
  reason: string | null;
  authorName: string | null;
}

export interface RevokedAward extends AwardView {
  /** ISO 8601, UTC. */
  revokedAt: string;
  revokedBy: string;
  revocationReason: string;
}

export interface Awards {
  finalizedAt: string | null;
  proposed: AwardView[];
  decided: AwardView[];
  /** Awards revoked after they were final; their prizes stay vacant. */
  revoked: RevokedAward[];
}

export interface AwardRevocationInput {
  entryCode: string;
  reason: string;
}

/** What a revocation changed. */
export interface AwardRevocation {
  revoked: { code: string; title: string; tierName: string; reason: string; revokedAt: string; storyTakenDown: boolean };
  awards: Awards;
}

export interface AwardInput {
  entryCode: string;
  tierId: number;
  reason?: string;
}

/* Publication: what visitors read (GET /api/public/…, no sign-in) */

export interface PublicContestSummary {
  slug: string;
  title: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
}

export interface PublicPhoto {
  id: number;
  /** Same-origin path of the sanitized copy. */
  url: string;
  altText: string;
  width: number;
  height: number;
}

export interface ShowcaseStory {
  slug: string;
  displayName: string;
  /** Only when the author chose to show it. */
  unitName: string | null;
  excerpt: string;
  wordCount: number;
  photo: PublicPhoto | null;
}

export interface ShowcaseWinner {
  code: string;
  title: string;
  /** null: the author did not consent to publication; show the code and title only. */
  story: ShowcaseStory | null;
}

export interface Showcase {
  slug: string;
  title: string;
  /** Sanitized by the API. */
  descriptionHtml: string;
  organizerTitle: string;
  publishedAt: string;
  storyCount: number;
  tiers: { name: string; winners: ShowcaseWinner[] }[];
}

export interface StoryRef {
  slug: string;
  title: string;
  displayName: string;
  tierName: string;
}

export interface PublicStory {
  contest: { slug: string; title: string; organizerTitle: string };
  slug: string;
  code: string;
  title: string;
  tierName: string;
  displayName: string;
  unitName: string | null;
  /** Sanitized by the API. */
  bodyHtml: string;
  excerpt: string;
  wordCount: number;
  publishedAt: string;
  photos: PublicPhoto[];
  previous: StoryRef | null;
  next: StoryRef | null;
}

/** A story in a list across contests (search results, feeds). */
export interface ListedStory {
  contestSlug: string;
  contestTitle: string;
  slug: string;
  title: string;
  displayName: string;
  tierName: string;
}

export interface SearchHit extends ListedStory {
  /** Plain text; `match` parts are the words searched for. */
  snippet: { text: string; match: boolean }[];
}

export interface SearchResults {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  results: SearchHit[];
}

export interface FeedStory extends ListedStory {
  excerpt: string;
  /** Sanitized by the API; only when asked for. */
  bodyHtml?: string;
  publishedAt: string;
}

export type PublicationStatus = 'awaiting_author' | 'declined' | 'awaiting_organizer' | 'approved';

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A winner's public version beside the judged one (author and organizers only). */
export interface PublicationDetail {
  entryId: number;
  code: string;
  contest: { id: number; slug: string; title: string; publishedAt: string | null };
  tierName: string;
  status: PublicationStatus;
  consentAtSubmission: boolean;
  realName: string;
  unitName: string;
  judged: { title: string; body: string };
  public: {
    slug: string;
    title: string;
    body: string;
    wordCount: number;
    displayName: string;
    usesPenName: boolean;
    showUnit: boolean;
    photoIds: number[];
  };
  photos: { id: number; altText: string; url: string }[];
  diff: {
    title: DiffSegment[];
    body: DiffSegment[];
    judgedWords: number;
    addedWords: number;
    removedWords: number;
    withinAllowance: boolean;
  };
  authorApprovedAt: string | null;
  authorDeclinedAt: string | null;
  organizerApprovedAt: string | null;
  publicUrl: string | null;
}

export interface PublicVersionInput {
  title: string;
  body: string;
  usesPenName: boolean;
  penName?: string;
  showUnit: boolean;
  photoIds: number[];
  altTexts?: { id: number; text: string }[];
  approve: boolean;
}

export interface ContestPublications {
  contest: {
    id: number;
    slug: string;
    title: string;
    status: string;
    awardsFinalizedAt: string | null;
    publishedAt: string | null;
    isPublic: boolean;
  };
  stories: {
    entryId: number;
    code: string;
    tierName: string;
    title: string;
    authorName: string;
    displayName: string;
    status: PublicationStatus;
    addedWords: number;
    removedWords: number;
    withinAllowance: boolean;
  }[];
}
