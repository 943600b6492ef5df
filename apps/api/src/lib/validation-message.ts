import type { FastifySchemaValidationError } from 'fastify';
import type { Locale } from './locale.ts';
import { fieldLabels, translate, wholeRequestLabel } from './messages.ts';
import { FINITE } from './request-validation.ts';
import { NAME_TEXT, TEXT_HYGIENE, VISIBLE_TEXT } from './text-hygiene.ts';

function fieldOf(error: FastifySchemaValidationError): string {
  const missing = error.params.missingProperty;
  const path = typeof missing === 'string' ? missing : error.instancePath.split('/').filter(Boolean).join('.');
  return path.replace(/^\./, '');
}

function labelOf(field: string, locale: Locale): string {
  const key = field.split('.').at(-1) ?? field;
  return Object.hasOwn(fieldLabels, key) ? fieldLabels[key as keyof typeof fieldLabels][locale] : field;
}

/** One clear sentence for the first problem in a request, in the user's language. */
export function describeValidationError(
  errors: FastifySchemaValidationError[],
  context: string,
  locale: Locale,
): string {
  const error = errors[0];
  if (!error) return translate('validation_failed', locale);
  const field = fieldOf(error);
  const label = field ? `«${labelOf(field, locale)}»` : wholeRequestLabel[locale];
  const limit = String(error.params.limit);
  const say = (code: Parameters<typeof translate>[0]) => translate(code, locale, { field: label, limit, context });
  switch (error.keyword) {
    case 'required':
      return say('field_required');
    case 'minLength':
      return say(error.params.limit === 1 ? 'field_empty' : 'field_too_short');
    case 'maxLength':
      return say('field_too_long');
    case 'format':
      return say('field_format');
    case 'minimum':
      return say('field_below_minimum');
    case 'maximum':
      return say('field_above_maximum');
    case TEXT_HYGIENE:
      return translate('invalid_text', locale, { field: labelOf(field, locale) });
    case NAME_TEXT:
      return translate('invalid_name', locale, { field: labelOf(field, locale) });
    case VISIBLE_TEXT:
      return translate('invisible_text', locale, { field: labelOf(field, locale) });
    case FINITE:
    case 'type':
    case 'enum':
    case 'const':
    case 'anyOf':
      return say('field_invalid');
    case 'additionalProperties':
      return translate('unknown_field', locale, { field: String(error.params.additionalProperty ?? '') });
    default:
      return say(context === 'body' ? 'invalid_body_field' : 'invalid_parameter');
  }
}
