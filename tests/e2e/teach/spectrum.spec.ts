import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	defaultScenario,
	evaluate,
	formatMiB,
	formatMs,
	START_LIMIT_LABEL
} from '../../../src/lib/model';
import { isolationSpectrum } from '../../../src/lib/model/reportSpectrum';
import { KIND_STYLE } from '../../../src/lib/style/kinds';
import { lessonById } from '../../../src/lib/teach/lessons';
import { settled, showCharts } from '../fixtures/helpers';

/**
 * The isolation spectrum lesson, kata and gVisor in every chart with their own colour, and the A/B
 * panel's "time until all are ready" — each checked against the model. With SHOTS=1 it also saves
 * screenshots to /tmp/shots-issue-14v.
 */
const SHOTS = process.env.SHOTS ? '/tmp/shots-issue-14v' : null;
async function shot(page: Page, name: string) {
	if (!SHOTS) return;
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const lesson = lessonById('spectrum')!;
// Screenshots at a chosen window (SHOTS_SIZE=1024x768); the checks hold at any size.
if (process.env.SHOTS_SIZE) {
	const [width, height] = process.env.SHOTS_SIZE.split('x').map(Number);
	test.use({ viewport: { width: width!, height: height! } });
}

/** Text as the page shows it: runs of white space as one space. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The spectrum's rows as drawn, read in one go: figures, bar colour, and the detail shown. */
const rowsOf = (els: Element[]) =>
	els.map((el) => {
		const text = (selector: string) => {
			const found = el.querySelector(selector);
			return found ? found.textContent!.replace(/\s+/g, ' ').trim() : null;
		};
		return {
			id: el.getAttribute('data-entry'),
			memory: text('[data-memory]'),
			ready: text('[data-ready]'),
			color: el.querySelector('.bar span')?.getAttribute('data-bar-color') ?? null,
			details: el.querySelectorAll('[data-detail]').length,
			detail: text('[data-detail]')
		};
	});

test('the isolation spectrum lesson: each step’s caption, and every figure the model’s', async ({
	page
}) => {
	await page.goto('/?lesson=spectrum&step=1');
	for (const [i, step] of lesson.steps.entries()) {
		if (i > 0) await page.getByRole('button', { name: 'Next →' }).click();
		await expect(page.locator('[data-step-of]')).toHaveText(`${i + 1} of ${lesson.steps.length}`);
		await expect(page.locator('[data-caption]')).toContainText(step.caption);
		const entries = isolationSpectrum(step.scenario, step.fitWorkload ?? 'nginx');
		if (step.show === 'spectrum') {
			const focusedOn = (id: string) => !step.spectrumFocus || step.spectrumFocus.includes(id);
			// What cannot run here and is not the step's subject shares one line.
			const apart = entries.filter((e) => !e.supported && !focusedOn(e.id));
			const drawn = entries.filter((e) => !apart.includes(e));
			if (apart.length > 0)
				await expect(page.locator('[data-spectrum] li[data-cannot]')).toHaveAttribute(
					'data-cannot',
					apart.map((e) => e.id).join(' ')
				);
			// From the host's kernel to a kernel of its own, in the model's order, each row with the
			// model's figures, its kind's colour, and the full story only for the step's subjects.
			const shown = async () =>
				(await page.locator('[data-spectrum] li[data-entry]').evaluateAll(rowsOf)).map((r) => {
					const e = entries.find((x) => x.id === r.id);
					const escape =
						e?.supported && r.detail !== null ? r.detail.includes(words(e.escape)) : null;
					return { ...r, detail: r.detail === null ? null : escape };
				});
			await expect.poll(shown).toEqual(
				drawn.map((e) => ({
					id: e.id,
					memory: e.supported ? `${formatMiB(e.memoryMiB)} each` : 'cannot run here',
					ready: e.supported ? `ready in ${formatMs(e.readyMs)}` : '',
					color: KIND_STYLE[e.kind].color,
					details: focusedOn(e.id) ? 1 : 0,
					detail: focusedOn(e.id) ? (e.supported ? true : null) : null
				}))
			);
		} else {
			// The table: every entry's overhead, boot time and attack boundary, the model's.
			const cells = (row: string) =>
				page
					.locator(`table[data-spectrum-table] [data-row="${row}"] [data-cell]`)
					.evaluateAll((tds) =>
						Object.fromEntries(
							tds.map((td) => [
								td.getAttribute('data-cell')!,
								td.textContent!.replace(/\s+/g, ' ').trim()
							])
						)
					);
			const each = (f: (e: (typeof entries)[number]) => unknown) =>
				Object.fromEntries(entries.map((e) => [e.id, f(e)]));
			await expect
				.poll(() => cells('overhead'))
				.toEqual(each((e) => expect.stringContaining(formatMiB(e.memoryMiB))));
			await expect
				.poll(() => cells('boot'))
				.toEqual(each((e) => `ready in ${formatMs(e.readyMs)}`));
			await expect
				.poll(() => cells('attack'))
				.toEqual(each((e) => e.boundary.charAt(0).toUpperCase() + e.boundary.slice(1)));
		}
		await shot(page, `spectrum-step${i + 1}-${page.viewportSize()!.width}`);
	}
});

test('kata and gVisor groups appear in every chart, each in its own colour and marker', async ({
	page
}) => {
	// The lesson's fourth step places nginx as all five kinds.
	await page.goto('/?lesson=spectrum&step=4');
	await settled(page);
	await page.getByRole('button', { name: 'Leave lesson' }).click();
	await showCharts(page);
	const charts = page.locator('[data-chart-id]').first();
	await charts.scrollIntoViewIfNeeded();
	for (const kind of ['kata', 'gvisor'] as const) {
		const { color } = KIND_STYLE[kind];
		// Memory by layer: the group's row carries its kind's marker.
		await expect(
			page.locator(`[data-chart-id="memory"] path[data-kind-mark="${kind}"]`).first()
		).toHaveAttribute('data-color', color);
		// Startup: a row per image cache, marked.
		await expect(
			page.locator(`[data-chart-id="startup"] path[data-kind-mark="${kind}"]`)
		).toHaveCount(2);
		// Density: a line and an end point in the kind's colour.
		await expect(
			page.locator(`[data-chart-id="density"] [data-key="${kind}"]`).first()
		).toBeAttached();
		await expect(
			page.locator(`[data-chart-id="density"] path[stroke="${color}"]`).first()
		).toBeAttached();
		// The what-fits panel and the host's cards name the kind with its marker.
		await expect(page.locator(`tr[data-kind="${kind}"] [data-kind-mark="${kind}"]`)).toHaveCount(1);
	}
	await shot(page, `charts-five-kinds-${page.viewportSize()!.width}`);
});

test('compare: time until all are ready is each side’s report, with what holds it back and a ?', async ({
	page
}) => {
	await page.goto('/');
	await settled(page);
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	const row = page.locator('tr[data-delta="ready"]');
	// Both sides start as the default scenario: the model's figure and its limit, on each side.
	const r = evaluate(defaultScenario());
	await expect(row.locator('td').nth(0)).toContainText(formatMs(r.startup.allReadyMs));
	await expect(row.locator('[data-why="a"]')).toHaveText(START_LIMIT_LABEL[r.startup.limitedBy]);
	await expect(row.locator('[data-why="b"]')).toHaveText(START_LIMIT_LABEL[r.startup.limitedBy]);
	await row.locator('[data-explain-ready="a"]').click();
	const dialog = page.getByRole('dialog');
	await expect(
		dialog.getByRole('heading', { name: 'Time until every instance is ready' })
	).toBeVisible();
	await expect(dialog.locator('.value')).toContainText(formatMs(r.startup.allReadyMs));
	await shot(page, `compare-ready-${page.viewportSize()!.width}`);
});
