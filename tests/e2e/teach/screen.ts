/**
 * What "fits the screen" means for a class in front of a projector: the page scrolls neither way,
 * every part the class needs lies wholly inside the window, and no text is smaller than 20px
 * (readable from the back of the room). Used by the lesson walk and the quiz in presentation mode.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const MIN_TEXT_PX = 20;

/** The page scrolls neither way. */
export async function expectNoScroll(page: Page, what: string) {
	const size = await page.evaluate(() => ({
		height: document.documentElement.scrollHeight,
		width: document.documentElement.scrollWidth,
		innerHeight,
		innerWidth
	}));
	expect(size.height, `${what}: page height`).toBeLessThanOrEqual(size.innerHeight);
	expect(size.width, `${what}: page width`).toBeLessThanOrEqual(size.innerWidth);
}

/** Every element matched lies wholly inside the window (and there is at least one). */
export async function expectOnScreen(items: Locator, what: string) {
	const boxes = await items.evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return {
				top: r.top,
				bottom: r.bottom,
				left: r.left,
				right: r.right,
				innerHeight,
				innerWidth
			};
		})
	);
	expect(boxes.length, `${what}: found`).toBeGreaterThan(0);
	for (const [i, b] of boxes.entries()) {
		expect(b.top, `${what} ${i + 1}: top`).toBeGreaterThanOrEqual(0);
		expect(b.bottom, `${what} ${i + 1}: bottom`).toBeLessThanOrEqual(b.innerHeight);
		expect(b.left, `${what} ${i + 1}: left`).toBeGreaterThanOrEqual(0);
		expect(b.right, `${what} ${i + 1}: right`).toBeLessThanOrEqual(b.innerWidth);
	}
}

/** Visible text in `root` set smaller than MIN_TEXT_PX, as "tag.class: px" (screen-reader-only text aside). */
export const smallText = (root: Locator) =>
	root.evaluate((el, min) => {
		const small: string[] = [];
		for (const e of el.querySelectorAll<HTMLElement>('*')) {
			if (!e.checkVisibility() || e.closest('.sr-only')) continue;
			const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
			const px = parseFloat(getComputedStyle(e).fontSize);
			if (own && px < min - 0.01) small.push(`${e.tagName.toLowerCase()}.${e.className}: ${px}`);
		}
		return small;
	}, MIN_TEXT_PX);

/**
 * Wait until the page has drawn two more frames: what a view measures of itself (a
 * ResizeObserver, a bound width) has been laid out again. Frames, not a pause: a condition.
 */
export const drawn = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
	);

/** The page scrolls no wider than the window (it may scroll down). */
export async function expectNoSidewaysScroll(page: Page, what: string) {
	const size = await page.evaluate(() => ({
		width: document.documentElement.scrollWidth,
		window: window.innerWidth
	}));
	expect(size.width, `${what}: page width`).toBeLessThanOrEqual(size.window);
}

/** How many rows the header's visible buttons take (buttons whose middles are within 12px share a row). */
export const toolbarRows = (page: Page) =>
	page.evaluate(() => {
		const ys = [...document.querySelectorAll('header button')]
			.filter((b) => b.checkVisibility())
			.map((b) => {
				const r = b.getBoundingClientRect();
				return (r.top + r.bottom) / 2;
			})
			.sort((a, b) => a - b);
		let rows = 0;
		let last = -Infinity;
		for (const y of ys)
			if (y - last > 12) {
				rows++;
				last = y;
			}
		return rows;
	});

/**
 * Words in `root` that the page breaks across lines in the middle, as drawn (a break after a
 * hyphen is a line break, not a broken word). Each word's range: more than one line of boxes.
 */
export const brokenWords = (root: Locator) =>
	root.evaluate((el) => {
		const broken = new Set<string>();
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const t = walker.currentNode as Text;
			const parent = t.parentElement;
			if (!parent || !parent.checkVisibility() || parent.closest('.sr-only')) continue;
			for (const m of t.textContent!.matchAll(/[^\s\u00a0-]+-?/g)) {
				if (m[0].length < 2) continue;
				const r = document.createRange();
				r.setStart(t, m.index);
				r.setEnd(t, m.index + m[0].length);
				const tops = new Set(
					[...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))
				);
				if (tops.size > 1) broken.add(m[0]);
			}
		}
		return [...broken];
	});
