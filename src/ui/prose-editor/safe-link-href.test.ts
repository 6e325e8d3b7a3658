import { describe, expect, it } from 'vitest';
import { safeLinkHref } from './safe-link-href';

describe('safeLinkHref', () => {
  it('keeps http(s) and mailto addresses, anchors and site paths', () => {
    expect(safeLinkHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeLinkHref('  http://example.com ')).toBe('http://example.com/');
    expect(safeLinkHref('mailto:team@example.com')).toBe('mailto:team@example.com');
    expect(safeLinkHref('#user-scenarios')).toBe('#user-scenarios');
    expect(safeLinkHref('/docs/spec.md')).toBe('/docs/spec.md');
  });

  it('adds https:// to a bare host', () => {
    expect(safeLinkHref('example.com/rfc')).toBe('https://example.com/rfc');
  });

  it('refuses script and other schemes, however they are spelled', () => {
    for (const href of ['javascript:alert(1)', '\u0001javascript:alert(1)', '\u0000javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '']) {
      expect(safeLinkHref(href), href).toBeNull();
    }
  });

  it('encodes what would end a Markdown link early', () => {
    expect(safeLinkHref('https://en.wikipedia.org/wiki/Foo_(bar) x')).toBe('https://en.wikipedia.org/wiki/Foo_%28bar%29%20x');
  });
});
