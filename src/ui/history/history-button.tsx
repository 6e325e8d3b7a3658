import { lazy } from 'react';
import { DialogButton } from '../dialog-button/dialog-button';

const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));

/** Opens the draft's history: its versions, compare, restore. The panel and the compare code load on first open. */
export function HistoryButton({ draftId, onOpenDraft }: { draftId: string; onOpenDraft: (id: string) => void }) {
  return (
    <DialogButton label="History" titleId="history-title" className="history-dialog">
      <HistoryPanel draftId={draftId} onOpenDraft={onOpenDraft} />
    </DialogButton>
  );
}
