import { useTemplatesStore } from '../../store/use-templates-store';
import './template-picker.css';

/**
 * "Template deleted — Undo" or "Template replaced — Undo", in place of a
 * confirmation. Like the drafts library's, it stays until undone, dismissed
 * or replaced by the next change.
 */
export function TemplateChangeToast() {
  const change = useTemplatesStore((s) => s.lastChange);
  const undo = useTemplatesStore((s) => s.undo);
  const dismiss = useTemplatesStore((s) => s.dismissChange);
  const verb = change?.kind === 'replaced' ? 'replaced' : 'deleted';
  return (
    <div className="template-toast-region" role="status">
      {change && (
        <div className="template-toast">
          <p>
            Template {verb} — <span className="template-toast-name">{change.name}</span>
            {change.kind === 'deleted' && <span className="template-toast-note"> Drafts made from it keep working.</span>}
          </p>
          <button type="button" className="button button-primary" aria-label={`Undo: template ${verb}`} onClick={undo}>
            Undo
          </button>
          <button type="button" className="button button-secondary" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
