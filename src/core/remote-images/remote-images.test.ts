import { describe, expect, it } from 'vitest';
import { countRemoteImages } from './count-remote-images';
import { classifyImageUrl } from './remote-image-url';

const origin = 'https://specwright.example';

describe('classifyImageUrl', () => {
  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'local'],
    ['blob:https://specwright.example/5b1c', 'local'],
    ['/favicon.svg', 'local'],
    ['images/diagram.png', 'local'],
    ['https://specwright.example/a.png', 'local'],
    ['https://tracker.example/p.png', 'remote'],
    ['http://tracker.example/p.png', 'remote'],
    ['//tracker.example/p.png', 'remote'],
    ['\\\\tracker.example/p.png', 'remote'],
    ['  HTTPS://TRACKER.example/p.png  ', 'remote'],
    ['ht\ttps://tracker.example/p.png', 'remote'],
    ['http://specwright.example/a.png', 'remote'], // another scheme is another origin
    ['https://specwright.example:8443/a.png', 'remote'],
    ['ftp://files.example/a.png', 'remote'],
    ['http://[::1', 'remote'],
  ])('%j is %s', (src, kind) => {
    expect(classifyImageUrl(src, origin).kind).toBe(kind);
  });

  it('on a page whose origin is opaque (about:blank), nothing but data: and blob: is local', () => {
    expect(classifyImageUrl('https://t.example/p.png', 'null')).toEqual({ kind: 'remote', host: 't.example' });
    expect(classifyImageUrl('//t.example/p.png', 'null')).toEqual({ kind: 'remote', host: 't.example' });
    expect(classifyImageUrl('data:image/png;base64,iVBORw0KGgo=', 'null').kind).toBe('local');
  });

  it('names the host a remote image would tell', () => {
    expect(classifyImageUrl('//tracker.example:8080/p.png?who=me', origin)).toEqual({ kind: 'remote', host: 'tracker.example:8080' });
  });
});

describe('countRemoteImages', () => {
  it('counts Markdown images, inline and by reference, that load from another server', () => {
    const markdown = [
      'Intro ![pixel](https://tracker.example/p.png) and ![local](/favicon.svg).',
      '',
      '![diagram][d] ![inline data](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
      '',
      '[d]: //cdn.example/d.png',
      '',
      '- in a list ![x](http://tracker.example/2.png)',
      '',
      '| a | b |',
      '| - | - |',
      '| ![t](https://tracker.example/t.png) | c |',
    ].join('\n');
    expect(countRemoteImages(markdown, origin)).toBe(4);
  });

  it('counts <img> in raw HTML, block and inline, with any quoting', () => {
    const markdown = [
      '<div><img src="https://a.example/1.png"><img alt=x src=\'/local.png\'></div>',
      '',
      'Text <img src=https://b.example/2.png alt="y"> and <IMG SRC="//c.example/3.png">.',
      '',
      '<img srcset="https://d.example/4.png 2x" src="https&colon;//e.example/5.png">',
    ].join('\n');
    expect(countRemoteImages(markdown, origin)).toBe(4);
  });

  it('does not count links, code, or text that only looks like an image', () => {
    const markdown = ['[a link](https://tracker.example/p.png)', '', '`![code](https://tracker.example/p.png)`', '', '```', '<img src="https://tracker.example/p.png">', '```', '', '\\![escaped](https://x.example/p.png)'].join('\n');
    expect(countRemoteImages(markdown, origin)).toBe(0);
  });

  it('is 0 for Markdown with no image at all, and counts each of several copies', () => {
    expect(countRemoteImages('# Spec\n\nJust words!', origin)).toBe(0);
    expect(countRemoteImages('![](https://t.example/p.png) ![](https://t.example/p.png) ![](https://t.example/p.png)', origin)).toBe(3);
  });
});
