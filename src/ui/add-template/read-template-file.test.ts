import { describe, expect, it, vi } from 'vitest';
import { MAX_TEMPLATE_BYTES, readTemplateFile } from './read-template-file';

/** A file whose contents must never be read: only its name and size. */
function unreadableFile(name: string, size: number): File {
  const file = new File([''], name);
  Object.defineProperty(file, 'size', { value: size });
  const read = vi.fn(() => Promise.reject(new Error('read')));
  Object.assign(file, { arrayBuffer: read, text: read, stream: read, slice: read });
  return file;
}

describe('readTemplateFile', () => {
  it('refuses a file over 1 MB by its size, without reading any of it', async () => {
    const file = unreadableFile('huge.md', 10 * 1024 * 1024);
    expect(await readTemplateFile(file)).toEqual({ ok: false, message: '“huge.md” is 10.5 MB; a template can be at most 1 MB. It was not read, and nothing was saved.' });
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(file.text).not.toHaveBeenCalled();
    expect(file.slice).not.toHaveBeenCalled();
    expect((await readTemplateFile(unreadableFile('big.md', MAX_TEMPLATE_BYTES + 1))).ok).toBe(false);
  });

  it('refuses an empty file, a blank one and a binary one', async () => {
    expect(await readTemplateFile(new File([], 'empty.md'))).toEqual({ ok: false, message: '“empty.md” is empty: there is no template in it. Nothing was saved.' });
    expect(await readTemplateFile(new File(['\n  \n'], 'blank.md'))).toMatchObject({ ok: false, message: expect.stringContaining('only blank lines') });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])], 'diagram.png');
    expect(await readTemplateFile(png)).toMatchObject({ ok: false, message: expect.stringContaining('“diagram.png” is not a text file (it contains a NUL byte)') });
    const utf16 = new File([new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00])], 'utf16.md');
    expect((await readTemplateFile(utf16)).ok).toBe(false);
  });

  it('reads a UTF-8 template as text', async () => {
    expect(await readTemplateFile(new File(['# Spéc\n\n## Résumé\n'], 'spec.md'))).toEqual({ ok: true, text: '# Spéc\n\n## Résumé\n' });
  });
});
