import { resolveTemplate } from './resolve';
import type { Host, OwnWorkload, Template } from './types';
import { workloadBook } from './workloadBook';
import { isInvalidGroup, sanitize } from './validate';

/** Why `template` cannot run on `host`, in words; undefined when it can. */
export function unsupportedReasonFor(
	host: Host,
	template: Template,
	workloads?: readonly OwnWorkload[]
): string | undefined {
	const s = sanitize({
		version: 1,
		name: '',
		host,
		groups: [{ ...template, id: 'check', count: 1 }],
		workloads
	});
	const g = s.groups[0]!;
	if (isInvalidGroup(g)) return g.reason;
	return resolveTemplate(s.host, g, workloadBook(s.workloads)).unsupported;
}
