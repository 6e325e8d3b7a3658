import { useEffect, useMemo, useState } from 'react';
import { renderMarkdown } from '../prose-editor/render-markdown';
import { GITHUB_EXTRAS } from './github-extras';

type Renderer = (markdown: string) => string;
let loaded: Promise<(markdown: string) => Promise<Renderer>> | null = null;

/**
 * The preview's HTML: the plain rendering at once, then GitHub's (alerts,
 * footnotes, heading anchors, math, emoji) once its renderer has loaded.
 * The renderer is a separate chunk, fetched the first time a preview opens.
 */
export function useGithubHtml(markdown: string, remoteImages: 'block' | 'allow'): string {
  const plain = useMemo(() => renderMarkdown(markdown, { remoteImages }), [markdown, remoteImages]);
  const [github, setGithub] = useState<{ markdown: string; remoteImages: string; html: string } | null>(null);
  useEffect(() => {
    let live = true;
    loaded ??= import('./github-markdown').then((m) => m.githubMarkdownRenderer);
    void loaded
      .then((make) => make(markdown))
      .then((toUnsafeHtml) => {
        if (live) setGithub({ markdown, remoteImages, html: renderMarkdown(markdown, { remoteImages, renderer: { toUnsafeHtml, extras: GITHUB_EXTRAS } }) });
      })
      .catch(() => undefined); // offline before the chunk was cached: the plain rendering stays
    return () => {
      live = false;
    };
  }, [markdown, remoteImages]);
  return github && github.markdown === markdown && github.remoteImages === remoteImages ? github.html : plain;
}
