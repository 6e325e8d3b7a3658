import { useEffect, useRef, useState } from 'react';

type RenameFormProps = {
  title: string;
  onSave: (name: string) => void;
  onCancel: () => void;
};

/** Inline rename: Enter saves, Escape cancels. A blank name goes back to following the spec's title line. */
export function RenameForm({ title, onSave, onCancel }: RenameFormProps) {
  const [value, setValue] = useState(title);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
    >
      <input
        ref={input}
        className="rename-form-input"
        aria-label={`New name for ${title}`}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button button-primary">
        Save
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
