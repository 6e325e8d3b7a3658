import { VIEW_HINTS, VIEW_LABELS, type ViewMode } from './view-mode';

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
          aria-keyshortcuts={mode === 'preview' ? 'Alt+Shift+P' : undefined}
          data-view={mode}
          onClick={() => onChange(mode)}
        >
          {VIEW_LABELS[mode]}
        </button>
      ))}
    </div>
  );
}
