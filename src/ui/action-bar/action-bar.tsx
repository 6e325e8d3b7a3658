import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { ChecksToggle } from '../draft-review/checks-toggle';
import { ExportActions } from '../draft-review/export-actions';
import type { ViewMode } from './view-mode';
import { ViewSwitch } from './view-switch';
import './action-bar.css';

type Props = {
  draftId: string;
  view: ViewMode;
  views: readonly ViewMode[];
  onView: (view: ViewMode) => void;
  checksOpen: boolean;
  onToggleChecks: () => void;
  /** The Share button (its link format is the app's business). */
  share?: ReactNode;
  /** The Checks panel: it opens here, in reach wherever the draft is scrolled to. */
  children?: ReactNode;
};

/**
 * The editor's actions, in reach at every scroll position: sticky at the top
 * of the editor on wide screens, fixed at the bottom of a phone's screen.
 * Its height is published as --dock-height, so what scrolls to a section
 * (and the split preview) keeps clear of it.
 */
export function ActionBar({ draftId, view, views, onView, checksOpen, onToggleChecks, share, children }: Props) {
  const dock = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = dock.current;
    const editor = element?.closest<HTMLElement>('.draft-editor');
    if (!element || !editor) return;
    const publish = () => editor.style.setProperty('--dock-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    // Published from the observer only: it reports the dock once laid out, before that frame paints,
    // where reading its size here would lay out the whole page one extra time on opening.
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="action-dock" ref={dock}>
      <div className="action-bar" role="group" aria-label="Draft actions">
        <ViewSwitch view={view} views={views} onChange={onView} />
        <ChecksToggle draftId={draftId} open={checksOpen} onToggle={onToggleChecks} />
        <ExportActions draftId={draftId} />
        {share}
      </div>
      {children}
    </div>
  );
}
