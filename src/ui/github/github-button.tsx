import { lazy } from 'react';
import { DialogButton } from '../dialog-button/dialog-button';

const GithubPanel = lazy(() => import('./github-panel').then((m) => ({ default: m.GithubPanel })));

/** Hand-off to GitHub: links that open GitHub's own pages with the spec filled in. Nothing is sent by the app. */
export function GithubButton({ draftId }: { draftId: string }) {
  return (
    <DialogButton label="GitHub" titleId="github-title" className="github-dialog">
      <GithubPanel draftId={draftId} />
    </DialogButton>
  );
}
