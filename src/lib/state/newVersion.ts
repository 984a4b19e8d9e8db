import type { Message, ViewState } from './view.svelte';

/** The message when this page's version is gone from the server: reload (the work is saved as the page closes). */
export const newVersionMessage = (what: string): Message => ({
	level: 'info',
	topic: 'new-version',
	text: `A new version of Overhead Sandbox is ready${what}. Reload to use it: your work is kept.`,
	details: [],
	actions: [{ label: 'Reload', run: () => location.reload() }]
});

/**
 * Tell the person when a new version takes over this page: a new service worker taking control
 * (not the first one to control it, on a first visit), or a part of the page that
 * no longer loads because the server now has another version (Vite's `vite:preloadError`).
 */
export function watchForNewVersion(view: ViewState): () => void {
	const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
	// On a first visit the first worker takes control of a page it already serves: not news.
	let controlled = !!sw?.controller;
	const onController = () => {
		if (controlled) view.message = newVersionMessage('');
		controlled = true;
	};
	// Not prevented: the import still fails, so the part that needed it shows its own fallback.
	const onPreloadError = () => {
		view.message = newVersionMessage(
			', and part of this page could not be loaded from the old one'
		);
	};
	sw?.addEventListener('controllerchange', onController);
	window.addEventListener('vite:preloadError', onPreloadError);
	return () => {
		sw?.removeEventListener('controllerchange', onController);
		window.removeEventListener('vite:preloadError', onPreloadError);
	};
}
