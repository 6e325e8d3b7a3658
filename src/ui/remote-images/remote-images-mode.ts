import { createContext } from 'react';

/**
 * Whether prose rendered below loads remote images: 'block' unless a draft's
 * screen says its user allowed them. Static prose fields read it, so the
 * allowance reaches every field without passing through each section.
 */
export const RemoteImagesMode = createContext<'block' | 'allow'>('block');
