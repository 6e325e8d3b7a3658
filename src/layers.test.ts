import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js, tried on code that breaks them.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('keep React, zustand, storage and browser globals out of src/core', async () => {
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/core/template/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { create } from 'zustand';\nexport const x = create;\n", 'src/core/draft/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { x } from '../../store/drafts';\nexport const y = x;\n", 'src/core/draft/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds('export const db = indexedDB.open("x");\n', 'src/core/draft/bad.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const w = window.innerWidth;\n', 'src/core/draft/bad.ts')).toContain('no-restricted-globals');
  });

  it('let the same code through in the layers where it belongs', async () => {
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/ui/ok.ts')).toEqual([]);
    expect(await ruleIds('export const db = indexedDB.open("x");\n', 'src/store/ok.ts')).toEqual([]);
  });

  it('keep the CLI on core alone: no app, store, UI, React or browser globals', async () => {
    expect(await ruleIds("import { x } from '../store/drafts-store';\nexport const y = x;\n", 'src/cli/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { x } from '../app/built-in-templates';\nexport const y = x;\n", 'src/cli/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/cli/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds('export const w = window.innerWidth;\n', 'src/cli/bad.ts')).toContain('no-restricted-globals');
    expect(await ruleIds("import { readFile } from 'node:fs/promises';\nimport { validateDraft } from '../core/validate/validate-draft';\nexport const x = [readFile, validateDraft, process.cwd()];\n", 'src/cli/ok.ts')).toEqual([]);
  });

  it('stop lower layers importing upper ones', async () => {
    expect(await ruleIds("import { x } from '../ui/widget';\nexport const y = x;\n", 'src/store/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { x } from '../app/router';\nexport const y = x;\n", 'src/ui/bad.ts')).toContain('no-restricted-imports');
  });
});
