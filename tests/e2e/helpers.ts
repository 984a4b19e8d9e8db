import { deflateRawSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { DEFAULT_HOST, defaultScenario, maxInstances } from '../../src/lib/model';
import { explain } from '../../src/lib/model/explain';

/** A v1 link built here, the way the format is documented: JSON, raw deflate, base64url. */
export const v1Link = (state: unknown) =>
	`v1.${deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url')}`;

/** A share link in the address bar, of any format version. */
export const LINK_IN_URL = /[?&]s=v\d+\./;

/**
 * Wait until the page is live and has written everything it waits to write (the address bar and
 * the autosave): `<html>` carries `data-pending` while a write is scheduled. A condition, not a
 * pause: it holds on a busy machine.
 */
export async function settled(page: Page): Promise<void> {
	await page.locator('html[data-live]:not([data-pending])').waitFor({ state: 'attached' });
}

/** The link the address bar holds once the page has written the current state. */
export async function linkOf(page: Page): Promise<string> {
	await settled(page);
	await expect(page).toHaveURL(LINK_IN_URL);
	return page.url();
}

/** The autosave's text as stored now (null when there is none). */
export const autosaveOf = (page: Page) =>
	page.evaluate(() => localStorage.getItem('overhead-sandbox:autosave'));

/**
 * A port for a server a spec runs itself, away from the preview server's (E2E_PORT) and from
 * other checkouts' (their E2E_PORT differs): E2E_PORT + 100 × (worker + 1), plus `offset` < 100.
 */
export const ownPort = (workerIndex: number, offset = 0): number =>
	(Number(process.env.E2E_PORT) || 4173) + 100 * (workerIndex + 1) + offset;

/** How many nginx VMs the default host holds, as the model computes it (the what-fits panel's first row). */
export const NGINX_VMS = maxInstances(DEFAULT_HOST, { kind: 'vm', workload: 'nginx' }).count;

/** The formula the "?" beside the default nginx VM's hypervisor memory explains. */
export const QEMU_FORMULA = explain(defaultScenario(), {
	type: 'layer',
	groupId: 'g1',
	layer: 'hypervisor'
})!.formula;
