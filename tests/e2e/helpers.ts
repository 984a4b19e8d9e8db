import { deflateRawSync } from 'node:zlib';
import { DEFAULT_HOST, defaultScenario, explain, maxInstances } from '../../src/lib/model';

/** A v1 link built here, the way the format is documented: JSON, raw deflate, base64url. */
export const v1Link = (state: unknown) =>
	`v1.${deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url')}`;

/** How many nginx VMs the default host holds, as the model computes it (the what-fits panel's first row). */
export const NGINX_VMS = maxInstances(DEFAULT_HOST, { kind: 'vm', workload: 'nginx' }).count;

/** The formula the "?" beside the default nginx VM's hypervisor memory explains. */
export const QEMU_FORMULA = explain(defaultScenario(), {
	type: 'layer',
	groupId: 'g1',
	layer: 'hypervisor'
})!.formula;
