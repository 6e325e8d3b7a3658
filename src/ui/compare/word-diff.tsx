import type { TextPart } from '../../core/compare/text-parts';

/** Changed words marked the way a reviewer expects: removed struck through, added underlined. */
export function WordDiff({ parts }: { parts: readonly TextPart[] }) {
  return (
    <span className="word-diff">
      {parts.map((p, k) =>
        p.op === 'added' ? (
          <ins key={k}>{p.text}</ins>
        ) : p.op === 'removed' ? (
          <del key={k}>{p.text}</del>
        ) : (
          <span key={k}>{p.text}</span>
        ),
      )}
    </span>
  );
}
