import { Extension, textblockTypeInputRule } from '@tiptap/core';

/**
 * `# `, `## ` … typed at the start of a line make a heading at that level,
 * but never at or above the section's own (`floor` is one below it): in a
 * `##` section `# ` and `### ` both make a `###` heading, and `#### ` a
 * `####` one, so the export says what the field shows. Runs before the
 * heading node's own rules, which would take `#` for a level-1 heading.
 */
export function markdownHeadingInput(floor: number) {
  return Extension.create({
    name: 'markdownHeadingInput',
    priority: 1000,
    addInputRules() {
      const heading = this.editor.schema.nodes.heading;
      if (!heading) return [];
      // Below a level-6 section no level fits: the heading is a level-6 one, which the export writes as text.
      return [
        textblockTypeInputRule({
          find: /^(#{1,6})\s$/,
          type: heading,
          getAttributes: (match) => ({ level: Math.min(6, Math.max(floor, match[1]?.length ?? 1)) }),
        }),
      ];
    },
  });
}
