import { createContext } from 'react';

/**
 * The heading level of the section a prose field is in (2 for a `##`
 * section). A heading written in the field goes one level below it or
 * deeper, so the export keeps the levels the writer sees and picks.
 */
export const ProseSectionLevel = createContext(2);
