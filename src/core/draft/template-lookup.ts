import { flattenSections } from '../template/flatten-sections';
import type { Block, Section, TemplateSchema } from '../template/schema';

type Lookup = { sections: Map<string, Section>; blocks: Map<string, Block> };
const cache = new WeakMap<TemplateSchema, Lookup>();

/** Template sections and blocks by id, built once per template snapshot. */
export function templateLookup(template: TemplateSchema): Lookup {
  let lookup = cache.get(template);
  if (!lookup) {
    const sections = flattenSections(template.sections);
    const blocks = [...template.preamble, ...template.footer, ...sections.flatMap((s) => s.blocks)];
    lookup = { sections: new Map(sections.map((s) => [s.id, s])), blocks: new Map(blocks.map((b) => [b.id, b])) };
    cache.set(template, lookup);
  }
  return lookup;
}
