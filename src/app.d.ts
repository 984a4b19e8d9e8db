// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** Which meaningful step of the workspace a history entry holds (see +page.svelte). */
			step?: number;
		}
	}
}

export {};
