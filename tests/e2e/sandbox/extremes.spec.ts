/**
 * The extreme scenarios (bench/extremes.ts) in the built app: a host too small for its own
 * software, a count of a million, 200 groups. Each stays readable: the figures are finite and said
 * in words and formatted numbers, never model ids.
 */
import { expect, test } from '@playwright/test';
import { EXTREMES } from '../../../bench/extremes';
import { v1Link } from '../fixtures/helpers';

const open = (name: string) =>
	`/?s=${v1Link({ scenario: EXTREMES.find((e) => e.name === name)!.scenario })}`;

test('a 1 core / 512 MiB host explains that its own software does not fit', async ({ page }) => {
	await page.goto(open('1 core / 512 MiB host'));
	await expect(page.locator('#host-dropzone-summary')).toContainText(
		'The host’s own software needs'
	);
	await expect(page.locator('#host-dropzone-summary')).toContainText('nothing fits');
	await expect(page.locator('[data-figure="fits"]')).toContainText('No');
	await expect(page.locator('tr[data-kind="vm"] td.num')).toHaveText('0');
});

test('a count of 1,000,000 shows how many fit and what ran out', async ({ page }) => {
	await page.goto(open('a count of 1,000,000'));
	const card = page.locator('li.card').first();
	await expect(card.getByRole('spinbutton')).toHaveValue('1000000');
	await expect(card).toContainText(/only [\d,]+ of 1,000,000 fit/);
	await expect(page.locator('#host-dropzone-summary')).toContainText(/does not fit/);
	// The drawing counts a column's instances, and a percentage past 1,000 % is grouped.
	await expect(
		page.locator('#host-dropzone .band-label', { hasText: 'each column 25,000 instances' }).first()
	).toBeVisible();
	await expect(page.locator('[data-figure="memory"]')).toContainText(/\([\d,]{5,} %\)/);
});

test('200 groups are listed a page at a time and the figures stay finite', async ({ page }) => {
	await page.goto(open('200 groups'));
	// A long list shows 60 cards at a time; the pager reaches every group.
	await expect(page.locator('li.card')).toHaveCount(60);
	await expect(page.locator('[data-groups-shown]')).toHaveText('Groups 1–60 of 200');
	for (let page_ = 0; page_ < 3; page_++)
		await page.getByRole('button', { name: 'Next 60 →' }).click();
	await expect(page.locator('[data-groups-shown]')).toHaveText('Groups 181–200 of 200');
	await expect(page.locator('li.card')).toHaveCount(20);
	await expect(page.locator('[data-figure="memory"]')).toContainText(/of 1 TiB/);
	await expect(page.locator('[data-figure="memory"]')).not.toContainText(/NaN|Infinity/);
});
