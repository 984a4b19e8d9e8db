/** Full screen for the presenter: asked for, never assumed (iframes and some browsers refuse). */

export function canFullscreen(): boolean {
	return (
		typeof document !== 'undefined' &&
		document.fullscreenEnabled === true &&
		typeof document.documentElement.requestFullscreen === 'function'
	);
}

export const isFullscreen = (): boolean =>
	typeof document !== 'undefined' && document.fullscreenElement !== null;

/** Enter or leave full screen; a message when the browser refuses, else null. */
export async function toggleFullscreen(): Promise<string | null> {
	try {
		if (isFullscreen()) await document.exitFullscreen();
		else if (canFullscreen()) await document.documentElement.requestFullscreen();
		else return 'This browser does not allow full screen here. Try F11.';
		return null;
	} catch {
		return 'The browser did not allow full screen. Try F11.';
	}
}

export async function leaveFullscreen(): Promise<void> {
	if (!isFullscreen()) return;
	try {
		await document.exitFullscreen();
	} catch {
		// Already left (Escape): nothing to do.
	}
}
