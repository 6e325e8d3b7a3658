import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import { PresenceUser } from '../../core/team/presence';

/**
 * The others' carets and selections in a team draft's prose field, from the
 * team connection's awareness, through @tiptap/y-tiptap's cursor plugin
 * (TipTap's collaboration-caret extension lags at 3.31.3, for @tiptap/core
 * 3.31.3, so the plugin is used directly). Names and colours are remote data:
 * read through the presence schema and written as text.
 */
export function teamCaret(awareness: Awareness) {
  const userOf = (user: unknown) => {
    const parsed = PresenceUser.safeParse(user ?? null);
    return parsed.success ? parsed.data : { name: 'Someone', colour: '#5d4037' };
  };
  return Extension.create({
    name: 'teamCaret',
    addProseMirrorPlugins: () => [
      yCursorPlugin(awareness, {
        awarenessStateFilter: (_own: number, clientId: number, state: { user?: unknown }) => clientId !== awareness.clientID && PresenceUser.safeParse(state.user ?? null).success,
        cursorBuilder: (user: unknown) => {
          const { name, colour } = userOf(user);
          const caret = document.createElement('span');
          caret.className = 'team-caret';
          caret.style.borderColor = colour;
          const label = document.createElement('span');
          label.className = 'team-caret-name';
          label.style.backgroundColor = colour;
          label.textContent = name;
          caret.append(label);
          return caret;
        },
        selectionBuilder: (user: unknown) => ({ style: `background-color: ${userOf(user).colour}33`, class: 'team-selection' }),
      }),
    ],
  });
}
