import { useEffect, useRef, useState } from 'react';

/**
 * Whether an item's rename form is open, and the Rename button that gets the
 * focus back when the form closes (saved or cancelled), so a keyboard user
 * stays where they were.
 */
export function useRenameToggle() {
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const focusRenameButton = useRef(false);

  useEffect(() => {
    if (!renaming && focusRenameButton.current) {
      focusRenameButton.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);

  const stopRenaming = () => {
    focusRenameButton.current = true;
    setRenaming(false);
  };
  return { renaming, startRenaming: () => setRenaming(true), stopRenaming, renameButton };
}
