import type { BlockValue, Draft, DraftSection } from './draft-schema';

/** Where a block lives: a section id, or the parts of a draft outside sections. */
export type BlockPlace = string | '@preamble' | '@footer';

export function findDraftSection(sections: DraftSection[], id: string): DraftSection | undefined {
  for (const section of sections) {
    if (section.id === id) return section;
    const inner = findDraftSection(section.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Replaces one section through `recipe`, copying only the path to it, so
 * every other section keeps its identity and a narrow selector sees no change.
 */
export function updateSection(draft: Draft, id: string, recipe: (section: DraftSection) => DraftSection): Draft {
  const walk = (sections: DraftSection[]): DraftSection[] | null => {
    for (let k = 0; k < sections.length; k++) {
      const section = sections[k]!;
      const next = section.id === id ? recipe(section) : (() => {
        const children = walk(section.children);
        return children ? { ...section, children } : null;
      })();
      if (next) {
        const copy = sections.slice();
        copy[k] = next;
        return copy;
      }
    }
    return null;
  };
  const sections = walk(draft.sections);
  return sections ? { ...draft, sections } : draft;
}

export function setBlockValue(draft: Draft, place: BlockPlace, value: BlockValue): Draft {
  const replace = (blocks: BlockValue[]) => blocks.map((b) => (b.blockId === value.blockId ? value : b));
  if (place === '@preamble') return { ...draft, preamble: replace(draft.preamble) };
  if (place === '@footer') return { ...draft, footer: replace(draft.footer) };
  return updateSection(draft, place, (s) => ({ ...s, blocks: replace(s.blocks) }));
}

export function setSectionEnabled(draft: Draft, id: string, enabled: boolean): Draft {
  return updateSection(draft, id, (s) => ({ ...s, enabled }));
}

export function setSectionTitle(draft: Draft, id: string, title: string): Draft {
  return updateSection(draft, id, (s) => ({ ...s, title }));
}

export function setMetadataValue(draft: Draft, key: string, value: string): Draft {
  return { ...draft, metadata: { ...draft.metadata, [key]: value } };
}

export function setFrontmatterValue(draft: Draft, key: string, value: string): Draft {
  return { ...draft, frontmatter: { ...draft.frontmatter, [key]: value } };
}

export function setTitleText(draft: Draft, titleText: string): Draft {
  return { ...draft, titleText };
}

/**
 * Like setBlockValue, but a value the section does not hold yet is added at
 * its end: for text the template has no block for (a section whose template
 * body is only guidance gets its text on the first keystroke).
 */
export function putBlockValue(draft: Draft, sectionId: string, value: BlockValue): Draft {
  return updateSection(draft, sectionId, (s) => ({
    ...s,
    blocks: s.blocks.some((b) => b.blockId === value.blockId) ? s.blocks.map((b) => (b.blockId === value.blockId ? value : b)) : [...s.blocks, value],
  }));
}
