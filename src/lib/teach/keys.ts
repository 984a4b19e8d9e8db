/** Which key presses the presenter's shortcuts may take, and the list the keys-help dialog shows. */

const NOT_TYPED = ['button', 'submit', 'reset', 'file', 'range', 'checkbox', 'radio', 'color'];

/** A field that takes typing (letters go into it): no letter shortcut may fire there. */
export function typesText(el: EventTarget | null): boolean {
	if (!(el instanceof HTMLElement)) return false;
	if (el.isContentEditable) return true;
	if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
	if (el instanceof HTMLInputElement) return !NOT_TYPED.includes(el.type);
	return el.getAttribute('role') === 'textbox';
}

const ARROW_ROLES = [
	'slider',
	'spinbutton',
	'radio',
	'tab',
	'listbox',
	'option',
	'menuitem',
	'grid'
];

/** A control that moves with the arrow keys (a slider, a radio group, a list): arrows are its own. */
export function usesArrows(el: EventTarget | null): boolean {
	if (typesText(el)) return true;
	if (!(el instanceof HTMLElement)) return false;
	if (el instanceof HTMLInputElement && ['range', 'radio'].includes(el.type)) return true;
	return ARROW_ROLES.includes(el.getAttribute('role') ?? '');
}

/** A control that Space activates (a button, a link, a checkbox): Space is its own. */
export function activatedBySpace(el: EventTarget | null): boolean {
	if (!(el instanceof HTMLElement)) return false;
	if (el instanceof HTMLInputElement) return NOT_TYPED.includes(el.type) && el.type !== 'range';
	return (
		el instanceof HTMLButtonElement ||
		el instanceof HTMLAnchorElement ||
		el.tagName === 'SUMMARY' ||
		['button', 'checkbox', 'switch', 'link'].includes(el.getAttribute('role') ?? '')
	);
}

/** Keys that move a lesson on, and back: the arrows, and Page Down / Page Up that most clickers send. */
export const FORWARD: readonly string[] = ['ArrowRight', 'PageDown'];
export const BACK: readonly string[] = ['ArrowLeft', 'PageUp'];
/** Presentation text larger and smaller (+ with or without Shift, the keypad's too). */
export const LARGER: readonly string[] = ['+', '='];
export const SMALLER: readonly string[] = ['-', '_'];

export interface KeyHelp {
	keys: string[];
	action: string;
}

export const PRESENTER_KEYS: readonly KeyHelp[] = [
	{ keys: ['P'], action: 'Presentation mode on or off' },
	{ keys: ['→', 'Page Down'], action: 'Next lesson step; after the last, the next lesson' },
	{
		keys: ['←', 'Page Up'],
		action: 'Previous lesson step; before the first, the previous lesson'
	},
	{ keys: ['Space'], action: 'Play or pause the boot race' },
	{ keys: ['R'], action: 'Reset the boot race, or go back to the lesson’s first step' },
	{ keys: ['F'], action: 'Full screen on or off' },
	{ keys: ['+', '−'], action: 'Larger or smaller text' },
	{ keys: ['?'], action: 'Show or hide these keys' },
	{ keys: ['Esc'], action: 'Close this list, leave full screen' }
];
