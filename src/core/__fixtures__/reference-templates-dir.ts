import { existsSync } from 'node:fs';

/**
 * The real-world templates beside the repository (`../shared/reference-templates/`,
 * see its SOURCES.md). A fresh clone may have nothing beside it: the tests that
 * read them then skip, and say so once.
 */
export const referenceTemplatesDir = new URL('../../../../shared/reference-templates/', import.meta.url);
export const hasReferenceTemplates = existsSync(referenceTemplatesDir);

if (!hasReferenceTemplates) {
  console.warn('Notice: ../shared/reference-templates is not beside this checkout; the tests that read it are skipped.');
}

/** A reference template's path, for tests that read it by path. */
export const referenceTemplatePath = (file: string): string => new URL(file, referenceTemplatesDir).pathname;
