import { readFileSync } from 'node:fs';
import { parseTemplate } from '../../template/parse-template';
import { createDraft } from '../create-draft';
import type { Draft } from '../draft-schema';

/** A fresh draft of a built-in template, for tests. */
export function draftOf(file: string, id = 'draft-1'): Draft {
  const source = readFileSync(new URL(`../../../../templates/${file}`, import.meta.url), 'utf8');
  const { template } = parseTemplate(source, { id: file.replace(/\.md$/, '') });
  return createDraft(template, { id, now: new Date('2026-11-21T09:30:00Z') });
}
