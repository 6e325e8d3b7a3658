import { capFileName } from '../../core/file-name/cap-file-name';

/** Saves `text` as a file through the browser's download, under a name of at most 100 characters. */
export function downloadTextFile(text: string, fileName: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = capFileName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
