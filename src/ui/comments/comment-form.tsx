import { useId, useState, type FormEvent } from 'react';

type Props = { label: string; submit: string; onSubmit: (text: string) => boolean; onCancel: () => void };

/** A text box for a comment or a reply; Ctrl/Cmd+Enter adds it, Escape cancels. What cannot be added stays in the box, with the reason. */
export function CommentForm({ label, submit, onSubmit, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') return setProblem('Write something first.');
    if (text.length > 5000) return setProblem('A comment has at most 5000 characters.');
    if (onSubmit(text.trim())) setText('');
    else setProblem('The comment could not be added.');
  };
  return (
    <form className="comment-form" onSubmit={send}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        autoFocus
        rows={3}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setProblem('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send();
          else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="comment-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="comment-actions">
        <button type="submit" className="button button-primary">
          {submit}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
