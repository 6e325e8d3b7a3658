import { readFileSync } from 'node:fs';
import type { Draft, DraftSection } from '../../draft/draft-schema';
import { dataPlatformDraft } from './data-platform-feature-spec.draft';
import { gitopsDraft } from './gitops-operations-feature-spec.draft';
import { inferenceDraft } from './inference-service-feature-spec.draft';
import { opportunityDraft } from './opportunity-solution-spec.draft';
import { productDraft } from './product-feature-spec-api-data-model.draft';

/** One filled draft per built-in template, and the Markdown its export must be (`<templateId>.md` beside this file). */
export const filledDrafts: { templateId: string; build: () => Draft }[] = [
  { templateId: 'data-platform-feature-spec', build: dataPlatformDraft },
  { templateId: 'gitops-operations-feature-spec', build: gitopsDraft },
  { templateId: 'inference-service-feature-spec', build: inferenceDraft },
  { templateId: 'opportunity-solution-spec', build: opportunityDraft },
  { templateId: 'product-feature-spec-api-data-model', build: productDraft },
];

export function expectedMarkdown(templateId: string): string {
  return readFileSync(new URL(`./${templateId}.md`, import.meta.url), 'utf8');
}

/**
 * What an import can give back: everything but the draft's own id and
 * timestamps, and for a switched-off section only that it is off (its
 * content is not in the file).
 */
export function comparable(draft: Draft): unknown {
  // A section the file does not have reads as a switched-off one: neither is written.
  const section = ({ absent, ...s }: DraftSection): unknown =>
    s.enabled && !absent ? { ...s, children: s.children.map(section) } : { id: s.id, templateSectionId: s.templateSectionId, level: s.level, title: s.title, enabled: false };
  const rest: Record<string, unknown> = { ...draft, sections: draft.sections.map(section) };
  // Where an imported draft came from is not content.
  for (const key of ['id', 'createdAt', 'updatedAt', 'origin']) delete rest[key];
  return JSON.parse(JSON.stringify(rest));
}

/** `## Heading` -> its text up to the next heading; fenced code is not split. */
export function splitByHeadings(markdown: string): { heading: string; text: string }[] {
  const parts: { heading: string; lines: string[] }[] = [{ heading: '(before the first heading)', lines: [] }];
  let fence = '';
  for (const line of markdown.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence && marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = '';
    else if (!fence && marker) fence = marker;
    if (!fence && /^#{1,6}( |$)/.test(line)) parts.push({ heading: line, lines: [] });
    parts[parts.length - 1]!.lines.push(line);
  }
  return parts.map((p) => ({ heading: p.heading, text: p.lines.join('\n') }));
}
