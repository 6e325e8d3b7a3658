import type { Draft } from '../draft/draft-schema';
import { flattenSections } from '../template/flatten-sections';
import type { Finding } from '../validate/finding';
import { inSection, qualityFinding } from './quality-finding';
import type { QualityText } from './quality-texts';

const ID = /^([A-Za-z]+[-_]?)(\d+)$/;
const TRACEABILITY = /traceab/i;

type Mention = { at: QualityText; id: string; key: string };

/**
 * References between IDs: a mention of an ID with a prefix the document uses
 * (`see FR-009`) where no item has it; and, when the template has a
 * traceability section, items no other text mentions. `FR-9` and `FR-009`
 * are the same ID.
 */
export function checkIdReferences(texts: readonly QualityText[], draft: Draft): Finding[] {
  const defined = new Map<string, QualityText>();
  for (const t of texts) {
    const key = t.id === undefined ? null : idKey(t.id);
    if (key && !defined.has(key)) defined.set(key, t);
  }
  const prefixes = [...new Set([...defined.keys()].map((k) => k.split('#')[0]!))];
  if (prefixes.length === 0) return [];
  const mention = new RegExp(`\\b(${prefixes.map(escape).join('|')})(\\d+)\\b`, 'g');
  const mentions: Mention[] = texts.flatMap((at) => [...at.text.matchAll(mention)].map((m) => ({ at, id: m[0], key: `${m[1]}#${Number(m[2])}` })));

  const findings: Finding[] = [];
  const told = new Set<string>();
  for (const { at, id, key } of mentions) {
    if (defined.has(key) || told.has(`${key} ${at.blockId} ${at.id}`)) continue;
    told.add(`${key} ${at.blockId} ${at.id}`);
    findings.push(qualityFinding(at, 'id-unknown', `${at.id ?? 'The text'} refers to ${id}, which no item of this document has${inSection(at)}.`, id));
  }
  if (flattenSections(draft.template.sections).some((s) => TRACEABILITY.test(s.title))) {
    const referenced = new Set(mentions.filter((m) => m.at.id === undefined || idKey(m.at.id) !== m.key).map((m) => m.key));
    for (const [key, at] of defined) {
      if (!referenced.has(key)) findings.push(qualityFinding(at, 'id-unreferenced', `${at.id} is referenced nowhere else: the template asks for traceability, so say what covers it (a task, a test, a criterion)${inSection(at)}.`));
    }
  }
  return findings;
}

/** `FR-009` -> `FR-#9`, so padding does not matter; null for what is no ID. */
function idKey(id: string): string | null {
  const m = ID.exec(id);
  return m ? `${m[1]}#${Number(m[2])}` : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
