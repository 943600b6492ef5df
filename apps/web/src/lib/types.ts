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
