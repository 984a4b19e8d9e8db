/**
 * Embedding a scenario or a lesson step in another page: the link with `embed`, the link back to
 * the full app, and the `<iframe>` markup, escaped as text (a scenario name may hold anything).
 */

/** The same link with `embed` added (and `present` dropped): `…?s=…&embed`. */
export function embedUrl(link: string): string {
	const u = new URL(link);
	u.searchParams.delete('embed');
	u.searchParams.delete('present');
	const query = u.searchParams.toString();
	return `${u.origin}${u.pathname}?${query ? `${query}&` : ''}embed${u.hash}`;
}

/** The full app with the same state: the link without `embed`. */
export function fullAppUrl(link: string): string {
	const u = new URL(link);
	u.searchParams.delete('embed');
	return u.href;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	"'": '&#39;',
	'<': '&lt;',
	'>': '&gt;'
};

/** Text made safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (text: string): string =>
	text.replace(/[&"'<>]/g, (c) => ESCAPES[c]!);

/** `<iframe src="…&embed" width="800" height="500" title="Overhead Sandbox: …" loading="lazy"></iframe>` */
export function iframeSnippet(link: string, title: string, width = 800, height = 500): string {
	const src = escapeAttribute(embedUrl(link));
	const name = escapeAttribute(`Overhead Sandbox: ${title}`);
	return `<iframe src="${src}" width="${width}" height="${height}" title="${name}" loading="lazy"></iframe>`;
}
