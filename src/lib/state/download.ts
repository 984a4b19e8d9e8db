/** Offer `content` to the user as a file download. */
export function download(
	filename: string,
	content: Blob | string,
	type = 'application/json'
): void {
	const blob = content instanceof Blob ? content : new Blob([content], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a scenario name: letters, digits and dashes only. */
export function fileNameFor(name: string, ext: string): string {
	const base = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${base || 'scenario'}.${ext}`;
}
