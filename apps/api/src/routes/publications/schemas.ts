import { Type } from '@fastify/type-provider-typebox';
import { NameText, VisibleText } from '../../lib/schemas.ts';

const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const Segment = Type.Object({
  kind: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]),
  text: Type.String(),
}, { title: 'DiffSegment' });
export const PublicationStatus = Type.Union([
  Type.Literal('awaiting_author'), Type.Literal('declined'), Type.Literal('awaiting_organizer'), Type.Literal('approved'),
], { title: 'PublicationStatus' });

export const PublicationDetail = Type.Object({
  entryId: Type.Integer(),
  code: Type.String(),
  contest: Type.Object({ id: Type.Integer(), slug: Type.String(), title: Type.String(), publishedAt: Instant }),
  tierName: Type.String(),
  status: PublicationStatus,
  consentAtSubmission: Type.Boolean(),
  realName: Type.String(),
  unitName: Type.String(),
  judged: Type.Object({ title: Type.String(), body: Type.String({ description: 'sanitized HTML' }) }),
  public: Type.Object({
    slug: Type.String(),
    title: Type.String(),
    body: Type.String({ description: 'sanitized HTML' }),
    wordCount: Type.Integer(),
    displayName: Type.String(),
    usesPenName: Type.Boolean(),
    showUnit: Type.Boolean(),
    photoIds: Type.Array(Type.Integer()),
  }),
  photos: Type.Array(Type.Object({ id: Type.Integer(), altText: Type.String(), url: Type.String() })),
  diff: Type.Object({
    title: Type.Array(Segment),
    body: Type.Array(Segment),
    judgedWords: Type.Integer(),
    addedWords: Type.Integer(),
    removedWords: Type.Integer(),
    withinAllowance: Type.Boolean(),
  }),
  authorApprovedAt: Instant,
  authorDeclinedAt: Instant,
  organizerApprovedAt: Instant,
  publicUrl: Type.Union([Type.String(), Type.Null()]),
}, { title: 'PublicationDetail' });

export const PublicVersionInput = Type.Object({
  title: VisibleText({ minLength: 1, maxLength: 300 }),
  body: Type.String({ minLength: 1, maxLength: 400_000 }),
  usesPenName: Type.Boolean(),
  penName: Type.Optional(NameText({ maxLength: 120 })),
  showUnit: Type.Boolean(),
  photoIds: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 20 }),
  altTexts: Type.Optional(Type.Array(Type.Object({
    id: Type.Integer({ minimum: 1 }),
    text: Type.String({ maxLength: 300 }),
  }, { additionalProperties: false }), { maxItems: 20, description: 'What each photo shows, for readers who cannot see it' })),
  approve: Type.Boolean({ description: 'true: the author approves this version for publication' }),
}, { additionalProperties: false, title: 'PublicVersionInput' });

export const ContestPublications = Type.Object({
  contest: Type.Object({
    id: Type.Integer(), slug: Type.String(), title: Type.String(), status: Type.String(),
    awardsFinalizedAt: Instant, publishedAt: Instant, isPublic: Type.Boolean(),
  }),
  stories: Type.Array(Type.Object({
    entryId: Type.Integer(),
    code: Type.String(),
    tierName: Type.String(),
    title: Type.String(),
    authorName: Type.String(),
    displayName: Type.String(),
    status: PublicationStatus,
    addedWords: Type.Integer(),
    removedWords: Type.Integer(),
    withinAllowance: Type.Boolean(),
  })),
}, { title: 'ContestPublications' });
