import { Marked, type Token } from 'marked';
import { classifyImageUrl } from './remote-image-url';

// Our own instance, configured as the preview renders (GFM): never the shared
// `marked` singleton, which @tiptap/markdown changes.
const marked = new Marked({ gfm: true, breaks: false });

const imgTag = /<img\b[^>]*>/gi;
const srcAttribute = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * How many images in this Markdown would load from another server: Markdown
 * images (inline and by reference) and `<img>` tags in raw HTML, counted
 * one per image as the page shows them. The count the "Load N remote
 * images" button shows; blocking itself is done where the HTML is made, so a
 * miscount here can never let an image through.
 */
export function countRemoteImages(markdown: string, appOrigin: string): number {
  // Run after every pause in typing: most drafts have no image at all, and need no lexing.
  if (!/!\[|<img/i.test(markdown)) return 0;
  let count = 0;
  const isRemote = (src: string) => classifyImageUrl(src, appOrigin).kind === 'remote';
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'image') {
      if (isRemote(token.href)) count++;
    } else if (token.type === 'html') {
      for (const tag of token.raw.matchAll(imgTag)) {
        const src = srcAttribute.exec(tag[0]);
        if (src && isRemote(decodeEntities(src[1] ?? src[2] ?? src[3] ?? ''))) count++;
      }
    }
  });
  return count;
}

/** The few entities a URL in an attribute is likely to hold; the rest are left as they are. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|#x2f|colon|sol);/gi, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x2f': '/', colon: ':', sol: '/' })[name.toLowerCase()] ?? _);
}
