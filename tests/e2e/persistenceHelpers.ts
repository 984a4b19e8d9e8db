/** Shared by the persistence specs: the page's cards, counts, messages and a small shared state. */
import { expect, type Locator, type Page } from '@playwright/test';
import { autosaveOf, settled } from './helpers';

export const card = (scope: Page | Locator, name: string) =>
	scope.locator('li.card', { hasText: name });
export const countOf = (page: Page, name: string) => card(page, name).getByRole('spinbutton');
export const banner = (page: Page, text: string | RegExp) =>
	page.getByRole('status').filter({ hasText: text });
/** The scenario's name in the header (its rename button's ✎ is not part of it). */
export const scenarioName = (page: Page) =>
	page.locator('header [data-scenario-name] :is(.name, .clip)');

export async function setCount(page: Page, name: string, count: number) {
	await countOf(page, name).fill(String(count));
	await countOf(page, name).press('Enter');
	await expect(countOf(page, name)).toHaveValue(String(count));
}

/** A fresh page, live, with `name`'s count set to `count` and saved. */
export async function workSaved(page: Page, name: string, count: number) {
	await page.goto('/');
	await settled(page);
	await setCount(page, name, count);
	await settled(page);
	expect(await autosaveOf(page)).toContain(`"count":${count}`);
}

export const HOST = {
	cpuCores: 8,
	memoryMiB: 16384,
	diskGiB: 500,
	os: 'linux',
	hypervisor: 'kvm',
	engine: 'docker',
	cpuOvercommit: 1,
	pageSharing: false,
	imageCache: 'warm',
	networkMbps: 1000
};
export const shared = (name: string, extra: object = {}) => ({
	scenario: {
		version: 1,
		name,
		host: HOST,
		groups: [{ id: 'g1', kind: 'container', workload: 'redis', count: 3 }]
	},
	...extra
});
