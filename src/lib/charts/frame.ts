/** What a chart frame shares with its marks: which mark is the keyboard's tab stop. */
import { createContext } from 'svelte';

export interface FrameContext {
	/** The key of the one mark with tabindex 0 (roving tabindex); the others have -1. */
	readonly tabStop: string | undefined;
}

export const [getFrame, setFrame] = createContext<FrameContext>();

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Inner {
	width: number;
	height: number;
}

/** The next key for a navigation key press, or null when the key does not navigate. */
export function nextKey(
	keys: readonly string[],
	current: string | undefined,
	key: string
): string | null {
	if (keys.length === 0) return null;
	const i = current === undefined ? -1 : keys.indexOf(current);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return keys[Math.min(keys.length - 1, i + 1)]!;
		case 'ArrowLeft':
		case 'ArrowUp':
			return keys[Math.max(0, i - 1)]!;
		case 'Home':
			return keys[0]!;
		case 'End':
			return keys[keys.length - 1]!;
		default:
			return null;
	}
}
