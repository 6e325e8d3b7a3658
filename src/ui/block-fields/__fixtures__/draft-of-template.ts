import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDraft } from '../../../core/draft/create-draft';
import type { Draft } from '../../../core/draft/draft-schema';
import { parseTemplate } from '../../../core/template/parse-template';

// Resolved as a path: under happy-dom, `new URL(relative, import.meta.url)` is the DOM's URL and loses the directory.
const templates = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../templates');

/** A fresh draft of a built-in template, made on a fixed day (2026-11-21). */
export function draftOfTemplate(file: string): Draft {
  const { template } = parseTemplate(readFileSync(resolve(templates, file), 'utf8'), { id: file.replace(/\.md$/, '') });
  return createDraft(template, { id: 'draft-1', now: new Date('2026-11-21T09:30:00Z') });
}
