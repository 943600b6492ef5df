import { xmlEvents, type XmlAttribute, type XmlElement } from './xml-events.ts';

/** keep: the element stays; drop: it goes with everything inside; unwrap: only its content stays. */
export type ElementAction = 'keep' | 'drop' | 'unwrap';

export interface RewriteRules {
  element?(element: XmlElement, ancestors: readonly XmlElement[]): ElementAction;
  /** Return false to remove the attribute from a kept element, or a new raw (escaped) value. */
  attribute?(attribute: XmlAttribute, element: XmlElement): boolean | string;
  /** Raw (escaped) replacement for a piece of text outside dropped elements. */
  text?(raw: string, ancestors: readonly XmlElement[]): string;
}

/** The start tag with the attribute rule applied; the original bytes when nothing changed. */
function startTag(
  event: { element: XmlElement; selfClosing: boolean; raw: string },
  rule: NonNullable<RewriteRules['attribute']>,
): string {
  let changed = false;
  const written: string[] = [];
  for (const attribute of event.element.attributes) {
    const verdict = rule(attribute, event.element);
    if (verdict === false) {
      changed = true;
    } else {
      const raw = verdict === true ? attribute.raw : verdict;
      changed ||= raw !== attribute.raw;
      written.push(` ${attribute.name}=${attribute.quote}${raw.replaceAll(attribute.quote, attribute.quote === '"' ? '&quot;' : '&apos;')}${attribute.quote}`);
    }
  }
  return changed ? `<${event.element.name}${written.join('')}${event.selfClosing ? '/>' : '>'}` : event.raw;
}

/**
 * Streams an XML part through the rules and writes it back. Untouched tags keep their exact bytes;
 * XML comments are dropped (nobody reads them, and they can hold anything).
 */
export function rewriteXml(xml: string, rules: RewriteRules): string {
  const out: string[] = [];
  const ancestors: XmlElement[] = [];
  const actions: ElementAction[] = [];
  let dropped = 0; // depth inside a dropped element
  for (const event of xmlEvents(xml)) {
    switch (event.type) {
      case 'start': {
        const action = dropped > 0 ? 'drop' : (rules.element?.(event.element, ancestors) ?? 'keep');
        if (action === 'drop') dropped++;
        if (action === 'keep') out.push(rules.attribute ? startTag(event, rules.attribute) : event.raw);
        ancestors.push(event.element);
        actions.push(action);
        break;
      }
      case 'end': {
        ancestors.pop();
        const action = actions.pop();
        if (action === 'drop') dropped--;
        if (action === 'keep') out.push(event.raw);
        break;
      }
      case 'text':
        if (dropped === 0) out.push(rules.text ? rules.text(event.raw, ancestors) : event.raw);
        break;
      case 'instruction':
        if (dropped === 0) out.push(event.raw);
        break;
      case 'comment':
        break;
    }
  }
  return out.join('');
}
