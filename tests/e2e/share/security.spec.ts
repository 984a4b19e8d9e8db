import { expect, test } from '@playwright/test';

test('the page carries a Content-Security-Policy that blocks inline script without a hash', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
	});
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
	expect(csp).toContain("object-src 'none'");
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	// The app itself ran under that policy with no violation.
	await expect(page.locator('li.card')).toHaveCount(3);
	expect(violations).toEqual([]);

	// An injected inline script is refused.
	const ran = await page.evaluate(async () => {
		const blocked = new Promise<boolean>((resolve) => {
			document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
			setTimeout(() => resolve(false), 1000);
		});
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		return {
			blocked: await blocked,
			injected: (window as unknown as { __injected?: boolean }).__injected === true
		};
	});
	expect(ran).toEqual({ blocked: true, injected: false });
});
