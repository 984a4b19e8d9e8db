import { decodeLink } from '$lib/scenario/link';
import type { Decoded, SharedState } from '$lib/scenario/shared';

export interface Opened {
	/** What to show; null means the starting scenario. */
	state: SharedState | null;
	message: { level: 'info' | 'error'; text: string; details: string[] } | null;
}

/**
 * What the page opens with: the link's scenario when it reads, else the autosave, else the
 * starting scenario — with a message saying what was wrong and what was kept.
 */
export function openFrom(linkParam: string | null, autosave: () => Decoded | null): Opened {
	const saved = () => {
		const d = autosave();
		return d && d.ok ? d.state : null;
	};
	if (linkParam !== null) {
		const d = decodeLink(linkParam);
		if (d.ok) {
			return {
				state: d.state,
				message: d.repairs.length
					? {
							level: 'info',
							text: 'The link opened, but some of its values could not be used as they were; they were adjusted.',
							details: d.repairs
						}
					: null
			};
		}
		const fallback = saved();
		return {
			state: fallback,
			message: {
				level: 'error',
				text: `This link could not be opened: ${d.error}. Showing ${fallback ? 'your last autosaved scenario' : 'the starting scenario'} instead.`,
				details: []
			}
		};
	}
	const d = autosave();
	if (!d) return { state: null, message: null };
	if (d.ok)
		return {
			state: d.state,
			message: d.repairs.length
				? {
						level: 'info',
						text: 'Your autosaved work was restored with some values adjusted.',
						details: d.repairs
					}
				: null
		};
	return {
		state: null,
		message: {
			level: 'error',
			text: `Your autosaved work could not be read (${d.error}); showing the starting scenario.`,
			details: []
		}
	};
}
