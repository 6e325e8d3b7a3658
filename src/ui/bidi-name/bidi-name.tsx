import { splitBidiControls } from '../../core/template/split-bidi-controls';
import './bidi-name.css';

const FLAG = 'This name contains direction-control characters, shown as ⟨U+…⟩: they can make a name read in another order than it is written.';

/**
 * A name the user or a file chose, isolated from the text around it. A
 * direction-control character in it (U+202E turns `txt.exe` into `exe.txt`)
 * is shown as its code point, and the name is flagged.
 */
export function BidiName({ name }: { name: string }) {
  const parts = splitBidiControls(name);
  if (!parts.some((p) => p.kind === 'control')) return <bdi>{name}</bdi>;
  return (
    <>
      <bdi className="bidi-name" title={FLAG}>
        {parts.map((part, k) =>
          part.kind === 'text' ? (
            part.text
          ) : (
            <span key={k} className="bidi-name-control">
              ⟨{part.codePoint}⟩
            </span>
          ),
        )}
      </bdi>{' '}
      <span className="bidi-name-flag" title={FLAG}>
        direction controls
      </span>
    </>
  );
}
