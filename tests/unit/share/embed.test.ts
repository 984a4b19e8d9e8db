/** Embed links and the <iframe> snippet: the same state, `embed` added, every quote escaped. */
import { describe, expect, it } from 'vitest';
import { embedUrl, escapeAttribute, fullAppUrl, iframeSnippet } from '$lib/share/embed';

describe('embedUrl(link)', () => {
	it.each([
		['https://x.org/?s=v1.abc', 'https://x.org/?s=v1.abc&embed'],
		[
			'https://x.org/?s=v1.abc&lesson=boot&step=3',
			'https://x.org/?s=v1.abc&lesson=boot&step=3&embed'
		],
		['https://x.org/?s=v1.abc&present=', 'https://x.org/?s=v1.abc&embed'],
		['https://x.org/?embed=&s=v1.abc', 'https://x.org/?s=v1.abc&embed'],
		['https://x.org/sub/', 'https://x.org/sub/?embed']
	])('%s → %s', (link, expected) => {
		expect(embedUrl(link)).toBe(expected);
	});
});

describe('fullAppUrl(link)', () => {
	it.each([
		['https://x.org/?s=v1.abc&embed', 'https://x.org/?s=v1.abc'],
		['https://x.org/?s=v1.abc&embed=&lesson=boot', 'https://x.org/?s=v1.abc&lesson=boot'],
		['https://x.org/?s=v1.abc', 'https://x.org/?s=v1.abc']
	])('%s → %s', (link, expected) => {
		expect(fullAppUrl(link)).toBe(expected);
	});
});

describe('iframeSnippet(link, title)', () => {
	it('holds the embed link, the size, a title and lazy loading', () => {
		expect(iframeSnippet('https://x.org/?s=v1.abc&lesson=boot', 'Nginx density')).toBe(
			'<iframe src="https://x.org/?s=v1.abc&amp;lesson=boot&amp;embed" width="800" height="500" title="Overhead Sandbox: Nginx density" loading="lazy"></iframe>'
		);
	});

	it.each([
		['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
		["Tom's & Jerry's", 'Tom&#39;s &amp; Jerry&#39;s'],
		['plain', 'plain']
	])('escapes the title %s', (name, escaped) => {
		const html = iframeSnippet('https://x.org/?s=v1.a', name);
		expect(html).toContain(`title="Overhead Sandbox: ${escaped}"`);
		// Parsed back by a browser, the attribute is the name again (the escape round-trips).
		const unescaped = escaped
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
		expect(unescaped).toBe(name);
		expect(escapeAttribute(name)).toBe(escaped);
	});
});
