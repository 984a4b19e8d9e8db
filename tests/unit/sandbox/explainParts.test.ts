/**
 * What the "?" beside a card's memory opens, for each kind: the instance's figure broken into its
 * parts, each part explained under its own plain title. The page is checked for a VM in
 * tests/e2e/sandbox/sandbox.spec.ts; the other kinds' parts are checked here.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, KINDS, LAYER_LABEL, type Layer } from '$lib/model';
import { explain } from '$lib/model/explain';
import { group, scenarioOf } from '../helpers/model';

const NOUN = { vm: 'VM', microvm: 'microVM', container: 'container' } as const;
/** Model ids and unit names a person should never read in a dialog. */
const IDS = /\bratio\b|guestKernel|guestOs|binsLibs|hostOs/;

describe('explain(instance) → explain(part), as the dialog walks it', () => {
	const kinds = KINDS.filter((k): k is keyof typeof NOUN => k in NOUN);
	const s = scenarioOf(
		{},
		kinds.map((kind) => group({ id: kind, kind, workload: 'nginx' }))
	);
	const r = evaluate(s);

	it.each(kinds)(
		'explain(one nginx %s).value = the card’s per-instance figure, its parts summing to it',
		(kind) => {
			const e = explain(s, { type: 'instance', groupId: kind })!;
			expect(e.value).toBeCloseTo(r.groups.find((g) => g.id === kind)!.memory.perInstanceMiB, 9);
			const sum = e.inputs.reduce((a, i) => a + i.value, 0);
			expect(sum).toBeCloseTo(e.value, 6);
		}
	);

	it.each(kinds)(
		'each part of one nginx %s opens as “<layer> memory of one nginx web server <kind>”, in labels, not ids',
		(kind) => {
			const e = explain(s, { type: 'instance', groupId: kind })!;
			expect(e.inputs.length).toBeGreaterThan(1);
			for (const part of e.inputs) {
				const layer = (part.target as { layer: Layer }).layer;
				const x = explain(s, part.target!)!;
				expect(x.title).toBe(`${LAYER_LABEL[layer]} memory of one nginx web server ${NOUN[kind]}`);
				expect(x.title).not.toMatch(IDS);
				for (const input of x.inputs) expect(input.label).not.toMatch(IDS);
			}
		}
	);

	it('a container’s parts are its runtime, bins/libs and app: no guest kernel, no hypervisor', () => {
		const labels = explain(s, { type: 'instance', groupId: 'container' })!.inputs.map(
			(i) => i.label
		);
		expect(labels).toEqual(
			expect.arrayContaining([LAYER_LABEL.runtime, LAYER_LABEL.binsLibs, LAYER_LABEL.app])
		);
		expect(labels).not.toContain(LAYER_LABEL.guestKernel);
		expect(labels).not.toContain(LAYER_LABEL.hypervisor);
	});
});
