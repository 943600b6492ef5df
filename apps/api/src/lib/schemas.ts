import { Type } from '@fastify/type-provider-typebox';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@guong-sang/text';
import { NAME_TEXT, VISIBLE_TEXT } from './text-hygiene.ts';

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
}, { $id: 'ErrorResponse', description: 'Every refusal: a stable code and a message in the user language' });

/** Error responses a route declares besides its success. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ErrorResponse]));

export const RoleSchema = Type.Union([Type.Literal('entrant'), Type.Literal('judge'), Type.Literal('organizer')], { title: 'Role' });

export const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  fullName: Type.String(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  roles: Type.Array(RoleSchema),
}, { title: 'Me' });

/** Checked after trimming and lower-casing (see `validEmail`), so pasted spaces are forgiven. */
export const Email = Type.String({ minLength: 3, maxLength: 260 });
export const Password = Type.String({ minLength: 1, maxLength: 1024 });
/** A name or title: besides the hygiene every string gets, it must show a visible character. */
export const VisibleText = (options: { minLength?: number; maxLength: number }) =>
  Type.String({ ...options, [VISIBLE_TEXT]: true });

/** A person's, pen or unit name: visible, and only what a name may hold (lib/text-hygiene.ts, isAcceptableName). */
export const NameText = (options: { minLength?: number; maxLength: number }) =>
  Type.String({ ...options, [VISIBLE_TEXT]: true, [NAME_TEXT]: true });

export const PersonName = NameText({ minLength: 1, maxLength: 120 });
export const UnitName = NameText({ minLength: 1, maxLength: 200 });

export const Unit = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  headcount: Type.Integer(),
  /** The unit it belongs to (set by the units import), or null for a top-level unit. */
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  /** Whether entrants may register into it (false for the organizers' own unit). */
  openToEntrants: Type.Boolean(),
}, { title: 'Unit' });

/** Numeric ids in paths; anything else is a 400, not a lookup. */
export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

/** Contest and story slugs in paths, by packages/text's one rule: anything else is a 400, not a lookup. */
export const Slug = Type.String({ minLength: 1, maxLength: SLUG_MAX_LENGTH, pattern: SLUG_PATTERN.source });

/** A band of a criterion's scale as the API answers it: organizers' contest and judges' rubric alike. */
export const RubricLevel = Type.Object({
  score: Type.Number(),
  label: Type.String(),
  description: Type.String(),
}, { title: 'RubricLevel' });

/** The file kinds a contest may accept (the sniffer in files/ recognises exactly these). */
export const AttachmentKind = Type.Union([
  Type.Literal('docx'), Type.Literal('odt'), Type.Literal('pdf'),
  Type.Literal('jpeg'), Type.Literal('png'), Type.Literal('webp'),
], { title: 'AttachmentKind' });
