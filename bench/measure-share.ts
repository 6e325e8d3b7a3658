import LZString from 'lz-string';
import { builtInTemplate, filledDrafts } from '../src/core/share/__fixtures__/filled-drafts';
import { encodeShareLink } from '../src/core/share/encode-share-link';

export type ShareFigures = {
  /** The built-in template the filled draft was made from. */
  template: string;
  /** Characters after `#` in our share link. */
  ours: number;
  /** Characters of lz-string's `compressToEncodedURIComponent(JSON.stringify(draft))`, the usual way to put state in a URL. */
  lzString: number;
  /** ours / lzString: below 1 means our link is shorter. */
  ratio: number;
};

/** Share-link length for each of the five filled built-in drafts, ours against lz-string's. Pure computation, no browser. */
export function measureShareLinks(): ShareFigures[] {
  return filledDrafts.map(({ template, build }) => {
    const draft = build();
    const ours = encodeShareLink(draft, { builtInTemplate }).length;
    const lzString = LZString.compressToEncodedURIComponent(JSON.stringify(draft)).length;
    return { template, ours, lzString, ratio: Math.round((ours / lzString) * 1000) / 1000 };
  });
}
