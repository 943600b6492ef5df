import { Type } from '@fastify/type-provider-typebox';
import { AttachmentKind, VisibleText } from '../../lib/schemas.ts';

const EntryStatus = Type.Union([
  Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('withdrawn'), Type.Literal('disqualified'),
], { title: 'EntryStatus' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const AttachmentView = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([Type.Literal('document'), Type.Literal('photo')]),
  fileKind: AttachmentKind,
  originalName: Type.String(),
  size: Type.Integer(),
  altText: Type.String(),
  createdAt: Type.String(),
}, { title: 'Attachment' });

export const EntryDetail = Type.Object({
  id: Type.Integer(),
  contestId: Type.Integer(),
  code: Type.String(),
  status: EntryStatus,
  title: Type.String(),
  subject: Type.String(),
  category: Nullable(Type.String()),
  body: Type.String({ description: 'Sanitized HTML' }),
  wordCount: Type.Integer(),
  consentToPublish: Type.Boolean(),
  penName: Nullable(Type.String()),
  disqualifiedReason: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  submittedAt: Nullable(Type.String()),
  mine: Type.Boolean({ description: 'The viewer is the author (organizers may view, never edit)' }),
  editable: Type.Boolean(),
  changedSinceSubmission: Type.Boolean(),
  attachments: Type.Array(AttachmentView),
  versions: Type.Array(Type.Object({
    version: Type.Integer(), title: Type.String(), wordCount: Type.Integer(), sha256: Type.String(), submittedAt: Type.String(),
  }, { title: 'EntryVersion' })),
  contest: Type.Object({
    id: Type.Integer(),
    title: Type.String(),
    submissionOpensAt: Type.String(),
    submissionClosesAt: Type.String(),
    acceptingSubmissions: Type.Boolean(),
    minWords: Type.Integer(),
    maxWords: Type.Integer(),
    categories: Type.Array(Type.String()),
    allowedAttachmentKinds: Type.Array(AttachmentKind),
    maxAttachments: Type.Integer(),
    maxAttachmentBytes: Type.Integer(),
  }, { title: 'EntryContest' }),
}, { title: 'EntryDetail' });

export const EntrySummary = Type.Object({
  id: Type.Integer(),
  contestId: Type.Integer(),
  contestTitle: Type.String(),
  code: Type.String(),
  status: EntryStatus,
  title: Type.String(),
  wordCount: Type.Integer(),
  updatedAt: Type.String(),
  submittedAt: Nullable(Type.String()),
  versionCount: Type.Integer(),
  disqualifiedReason: Nullable(Type.String()),
  submissionClosesAt: Type.String(),
  editable: Type.Boolean(),
  changedSinceSubmission: Type.Boolean(),
  award: Nullable(Type.Object({
    tierName: Type.String(),
    publicationStatus: Type.Union([
      Type.Literal('awaiting_author'), Type.Literal('declined'), Type.Literal('awaiting_organizer'), Type.Literal('approved'),
    ]),
  }, { description: 'Once the awards are final: the prize, and where the public version stands' })),
}, { title: 'EntrySummary' });

export const EntryContent = {
  title: VisibleText({ maxLength: 300 }),
  subject: Type.String({ maxLength: 300 }),
  category: Nullable(Type.String({ maxLength: 200 })),
  body: Type.String({ maxLength: 2_000_000, description: 'HTML from the editor; sanitized by the server' }),
};

/** The `updatedAt` of the saved text a write was made from (see entries/draft.ts, assertUnchangedSince). */
export const BaseUpdatedAt = Type.String({
  maxLength: 40,
  description: 'The entry\'s updatedAt as the writer last had it; refused (409 entry_changed_elsewhere) when the entry was saved since, e.g. in another tab',
});

export const IdentityWarning = Type.Object({
  field: Type.Union([Type.Literal('title'), Type.Literal('subject'), Type.Literal('body'), Type.Literal('attachment')]),
  attachmentId: Nullable(Type.Integer()),
  kind: Type.Union([Type.Literal('name'), Type.Literal('email'), Type.Literal('phone'), Type.Literal('unit')]),
  match: Type.String(),
  before: Type.String(),
  after: Type.String(),
}, { title: 'AnonymityWarning' });

export const SubmitResult = Type.Object({
  code: Type.String(),
  receiptHash: Type.String(),
  submittedAt: Type.String(),
  version: Type.Integer(),
  warnings: Type.Array(IdentityWarning),
}, { title: 'SubmitResult' });

export const Receipt = Type.Object({
  code: Type.String(),
  contestTitle: Type.String(),
  title: Type.String(),
  version: Type.Integer(),
  wordCount: Type.Integer(),
  receiptHash: Type.String(),
  submittedAt: Type.String(),
  authorName: Type.String(),
  penName: Nullable(Type.String()),
}, { title: 'Receipt' });
