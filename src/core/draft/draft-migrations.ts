/**
 * Named, numbered steps that bring a stored draft of an older version up to
 * date. Step `from: N` turns a version-N record into a version-(N+1) one. Steps
 * are pure and work on plain JSON, because an old record does not match
 * today's types. Each is tested against a frozen fixture of the older shape
 * (__fixtures__/draft-vN.json). Never remove a step: a user may open the app
 * after years with a draft of any version.
 */
import type { Migration } from '../payload/payload-format';

export const draftMigrations: readonly Migration[] = [
  {
    from: 1,
    name: 'title-to-nullable-name',
    // v1 kept the user's name in `title`, with '' meaning "follow the title line".
    up: ({ title, ...rest }) => ({ ...rest, version: 2, name: typeof title === 'string' && title.trim() !== '' ? title : null }),
  },
  {
    from: 2,
    name: 'add-origin',
    // v3 keeps an imported file's text to export it unchanged; drafts from before had none to keep.
    up: (record) => ({ ...record, version: 3, origin: null }),
  },
];
