import { nameToEmoji } from 'gemoji';
import type { MarkedExtension } from 'marked';
import { markedEmoji } from 'marked-emoji';

/** GitHub's shortcodes (`:rocket:`) as the emoji characters, from gemoji: no images, nothing fetched. */
export function emojiExtension(): MarkedExtension {
  return markedEmoji({ emojis: nameToEmoji, renderer: (token: { emoji: string }) => token.emoji });
}
