import { useContext, useEffect, useMemo, useRef } from 'react';
import { useGithubHtml } from '../github-preview/use-github-html';
import { useMermaidDiagrams } from '../github-preview/use-mermaid-diagrams';
import '../github-preview/github-preview.css';
import { RemoteImagesMode } from '../remote-images/remote-images-mode';
import { currentReview, useReview } from './review-store';
import './markdown-preview.css';

/** The exact export of the open draft, rendered as GitHub would show it. */
export function MarkdownPreview({ draftId }: { draftId: string }) {
  const markdown = useReview(draftId, (s) => s.markdown, '');
  // Opened right after typing: show the latest text, not the last pause's.
  useEffect(() => void currentReview(draftId), [draftId]);
  return <MarkdownView markdown={markdown} label="Preview of the exported Markdown" />;
}

/** Markdown rendered close to GitHub, sanitised: nothing in a draft or a link can run script here, and remote images load only where RemoteImagesMode allows. */
export function MarkdownView({ markdown, label }: { markdown: string; label: string }) {
  const { yaml, body } = useMemo(() => stripFrontmatter(markdown), [markdown]);
  const remoteImages = useContext(RemoteImagesMode);
  const html = useGithubHtml(body, remoteImages);
  const bodyRef = useRef<HTMLDivElement>(null);
  useMermaidDiagrams(bodyRef, html);
  return (
    <article className="markdown-preview" aria-label={label}>
      {yaml && (
        <table className="markdown-preview-frontmatter">
          <tbody>
            {yaml.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="markdown-body" ref={bodyRef} dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}

/** GitHub shows frontmatter as a small table above the document; so does the preview. */
function stripFrontmatter(markdown: string): { yaml: [string, string][] | null; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) return { yaml: null, body: markdown };
  const yaml = (match[1] ?? '')
    .split('\n')
    .map((line) => /^([\w-]+):\s?(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [string, string] => [m[1] ?? '', (m[2] ?? '').replace(/^"(.*)"$/, '$1')]);
  return { yaml, body: markdown.slice(match[0].length) };
}
