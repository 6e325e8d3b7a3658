import type { Problem, TemplateSchema } from '../../core/template/schema';

/** A template offered to the user: parsed, or not, together with what went wrong reading it. */
export type TemplateEntry = {
  id: string;
  /** The template's own name, or one made from its file name when it could not be read. */
  name: string;
  /** null when the parser could not produce a template at all. */
  template: TemplateSchema | null;
  problems: Problem[];
};
