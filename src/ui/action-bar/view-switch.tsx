import { VIEW_HINTS, VIEW_LABELS, type ViewMode } from './view-mode';

const VIEW_SHORTCUTS: Record<ViewMode, string | undefined> = { edit: undefined, preview: 'Alt+Shift+P', split: 'Alt+Shift+S', source: 'Alt+Shift+M' };

/** Edit / Preview / Split / Source: one pressed at a time. Split only where there is room for it. */
export function ViewSwitch({ view, views, onChange }: { view: ViewMode; views: readonly ViewMode[]; onChange: (view: ViewMode) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      {views.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={view === mode}
          title={VIEW_HINTS[mode]}
          aria-keyshortcuts={VIEW_SHORTCUTS[mode]}
          data-view={mode}
          onClick={() => onChange(mode)}
        >
          {VIEW_LABELS[mode]}
        </button>
      ))}
    </div>
  );
}
