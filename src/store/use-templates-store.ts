import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { ownValue } from '../core/payload/own-value';
import type { CustomTemplate } from '../core/template/load-custom-template';
import type { TemplatesState } from './templates-state';
import { templatesStore } from './templates-store';

/** The templates store, read through a selector: select one value, or use `useShallow` for a list. */
export function useTemplatesStore<T>(selector: (state: TemplatesState) => T): T {
  return useStore(templatesStore, selector);
}

/** Every custom template that loaded, by name (then by when it was added); changes only when one does. */
export function useCustomTemplates(): CustomTemplate[] {
  return useTemplatesStore(useShallow((s) => sortedTemplates(s.templates)));
}

export function useCustomTemplate(id: string | undefined): CustomTemplate | undefined {
  // The id may come from the address: `constructor` is no template, not Object.prototype's member.
  return useTemplatesStore((s) => (id === undefined ? undefined : ownValue(s.templates, id)));
}

export function sortedTemplates(templates: Record<string, CustomTemplate>): CustomTemplate[] {
  return Object.values(templates).sort(
    (a, b) => a.record.name.localeCompare(b.record.name, 'en', { sensitivity: 'base' }) || a.record.createdAt.localeCompare(b.record.createdAt) || a.record.id.localeCompare(b.record.id),
  );
}
