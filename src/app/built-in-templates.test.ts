import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findBuiltInTemplate } from './built-in-templates';

const files = readdirSync(fileURLToPath(new URL('../../templates/', import.meta.url))).filter((f) => f.endsWith('.md'));

describe('builtInTemplates', () => {
  it('holds every Markdown file in templates/', () => {
    expect(builtInTemplates.map((e) => `${e.id}.md`).sort()).toEqual([...files].sort());
  });

  it.each(files.map((f) => f.replace(/\.md$/, '')))('%s parses without errors and has a name and sections', (id) => {
    const entry = findBuiltInTemplate(id);
    expect(entry?.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(entry?.template?.name).toBeTruthy();
    expect(entry?.template?.description).toBeTruthy();
    expect(entry?.template?.sections.length).toBeGreaterThan(0);
  });
});
