import type { Draft } from './draft-schema';

/** What the library and the tab title call a draft: its name, else its title line, else the template. */
export function draftDisplayTitle(draft: Draft): string {
  if (draft.name) return draft.name;
  const titleText = draft.titleText.trim();
  if (titleText) return titleText;
  return `Untitled ${draft.template.name}`;
}
