export type ShareErrorCode =
  | 'not-ours'
  | 'too-long'
  | 'bad-encoding'
  | 'bad-compression'
  | 'too-large'
  | 'too-big'
  | 'bad-json'
  | 'wrong-version'
  | 'future-version'
  | 'invalid'
  | 'unknown-template';

/** Why a link could not be opened, in words for the person who clicked it. */
export type ShareError = { code: ShareErrorCode; message: string };

const messages: Record<ShareErrorCode, string> = {
  'not-ours': 'This link does not contain a Specwright draft.',
  'too-long': 'This link is too long to be a Specwright draft, so it was not opened.',
  'bad-encoding': 'This link was cut off or changed: it contains characters a Specwright link never has. Ask for the link again, and copy all of it.',
  'bad-compression': 'This link was cut off or changed: its data could not be unpacked. Ask for the link again, and copy all of it.',
  'too-large': 'This link unpacks to far more data than any draft, so it was not opened.',
  'too-big': 'This draft is too big to open quickly, so it was not opened.',
  'bad-json': 'This link was changed: its data is not readable. Ask for the link again.',
  'wrong-version': 'This link is in a format Specwright does not know.',
  'future-version': 'This link was made by a newer version of Specwright. Reload the page to update the app, then open the link again.',
  invalid: 'The draft in this link could not be opened.',
  'unknown-template': 'This link uses a template that this version of Specwright does not have.',
};

/** The error for `code`; `detail` adds what a person can act on (which template, what was wrong). */
export function shareError(code: ShareErrorCode, detail?: string): ShareError {
  return { code, message: detail ? `${messages[code]} ${detail}` : messages[code] };
}
