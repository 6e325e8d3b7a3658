import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { CRITERIA_TITLE } from '../validate/text-ref';

/** One text of a draft as the quality rules read it. */
export type QualityText = {
  text: string;
  sectionId: string | null;
  /** The heading of its section, for messages. */
  where: string;
  blockId?: string;
  /** The ID of an ID'd item (`FR-003`): the text is that item's. */
  id?: string;
  /** An item of a list, ID'd or not: one statement of its own. */
  item: boolean;
  /** In a section about requirements (by its title or an enclosing one's). */
  requirement: boolean;
  /** In a section about success criteria. */
  criterion: boolean;
};

const REQUIREMENTS_TITLE = /requirement/i;
/**
 * What a placeholder looks like (`[NAME]` but not a link, `{name}`, `<name>`,
 * `(fill in ...)`, `$ARGUMENTS`, `TODO(...)`, `YYYY-MM-DD`): a bounded
 * pattern that cannot restart inside itself (so it stays linear on `[[[[...`),
 * as the full placeholder scan costs too much on long hostile text to run a
 * second time here.
 */
const UNFILLED = /\[[^[\]\n]{1,200}\](?!\()|\{[^{}\n]{1,80}\}|<[^<>\n]{1,80}>|\(fill|\$ARGUMENTS|TODO\(|YYYY-MM-DD/i;

/**
 * Every text of a draft the user wrote, in document order: the title and
 * document fields, then each switched-on section present in the file and its
 * blocks. Code and diagrams are left out: they are not prose; so are texts
 * with placeholders left.
 */
export function qualityTexts(draft: Draft): QualityText[] {
  const out: QualityText[] = [];
  const doc = { sectionId: null, where: 'the document', requirement: false, criterion: false };
  out.push({ ...doc, text: draft.titleText, item: false });
  for (const value of [...Object.values(draft.frontmatter), ...Object.values(draft.metadata)]) out.push({ ...doc, text: value, item: false });
  for (const value of [...draft.preamble, ...draft.footer]) pushBlock(out, value, doc);
  const visit = (section: DraftSection, requirement: boolean, criterion: boolean) => {
    if (!section.enabled || section.absent) return;
    const place = { sectionId: section.id, where: section.title, requirement: requirement || REQUIREMENTS_TITLE.test(section.title), criterion: criterion || CRITERIA_TITLE.test(section.title) };
    for (const value of section.blocks) pushBlock(out, value, place);
    for (const child of section.children) visit(child, place.requirement, place.criterion);
  };
  for (const section of draft.sections) visit(section, false, false);
  // A text with placeholders left is not the user's yet: placeholder-left says so, and its wording is the template's.
  return out.filter((t) => t.text.trim() !== '' && !UNFILLED.test(t.text));
}

type Where = Omit<QualityText, 'text' | 'blockId' | 'id' | 'item'>;

function pushBlock(out: QualityText[], value: BlockValue, where: Where): void {
  const at = { ...where, blockId: value.blockId };
  const push = (text: string) => out.push({ ...at, text, item: false });
  const pushItem = (text: string) => out.push({ ...at, text, item: true });
  switch (value.kind) {
    case 'idList':
      for (const item of value.items) out.push({ ...at, text: item.text, id: item.id, item: true });
      break;
    case 'prose':
      push(value.markdown);
      break;
    case 'fields':
      Object.values(value.values).forEach(push);
      break;
    case 'list':
      value.items.forEach(pushItem);
      break;
    case 'checklist':
      // A checklist is gates to tick (`- [ ] Documentation complete`), not statements to measure.
      value.items.forEach((item) => push(item.text));
      break;
    case 'definitions':
      value.items.forEach((item) => push(`${item.term}: ${item.text}`));
      break;
    case 'scenarios':
      value.items.forEach((item) => push(`Given ${item.given}, when ${item.when}, then ${item.then}`));
      break;
    case 'table':
      value.rows.forEach((row) => row.forEach(push));
      break;
    case 'code':
    case 'diagram':
      break;
  }
}
