/**
 * A Kubernetes pod template read into items: one per container that runs in steady state (app
 * containers and native sidecars — init containers with `restartPolicy: Always`), each with its
 * requests and limits. Ordinary init containers finish before the app starts, so they are left
 * out of steady state and said so.
 */
import { formatCores, formatMiB, listing } from './format';
import { at, isObj, list, str, type Obj } from './objects';
import { KUBERNETES_TERMS, matchWorkload } from './proposal';
import { cpuCores, memoryMiB, type SizedResult } from './quantity';
import type { RuntimeInput } from './runtime';
import type {
	ImportedItem,
	ImportedResources,
	ImportedVolume,
	ImportNote,
	ItemOrigin
} from './types';

export interface PodOwner {
	kind: string;
	name: string;
	namespace?: string;
	count: number;
	countWhy: string;
	perNode: boolean;
	/** Human label for notes: `Deployment api`. */
	where: string;
	volumes: ImportedVolume[];
	/** Container to treat as the main one (the `kubectl.kubernetes.io/default-container` annotation). */
	defaultContainer?: string;
}

function quantity(
	container: Obj,
	section: 'requests' | 'limits',
	resource: 'memory' | 'cpu',
	where: string,
	notes: ImportNote[]
): number | null {
	const raw = at(container, 'resources', section, resource);
	if (raw === undefined || raw === null) return null;
	const r: SizedResult = resource === 'memory' ? memoryMiB(raw) : cpuCores(raw);
	const path = `resources.${section}.${resource}`;
	if (!r.ok) {
		notes.push({
			level: 'warning',
			topic: 'problem',
			message: `${path}: ${r.reason} It was left out.`,
			where
		});
		return null;
	}
	if (r.warning)
		notes.push({ level: 'warning', topic: 'problem', message: `${path}: ${r.warning}`, where });
	return r.value;
}

/** Requests and limits, with Kubernetes' defaulting: a request left out equals the limit. */
export function containerResources(
	container: Obj,
	where: string,
	notes: ImportNote[]
): ImportedResources {
	const memLimit = quantity(container, 'limits', 'memory', where, notes);
	const cpuLimit = quantity(container, 'limits', 'cpu', where, notes);
	let memRequest = quantity(container, 'requests', 'memory', where, notes);
	let cpuRequest = quantity(container, 'requests', 'cpu', where, notes);
	const defaulted: string[] = [];
	if (memRequest === null && memLimit !== null) {
		memRequest = memLimit;
		defaulted.push(`memory request = limit (${formatMiB(memLimit)})`);
	}
	if (cpuRequest === null && cpuLimit !== null) {
		cpuRequest = cpuLimit;
		defaulted.push(`CPU request = limit (${formatCores(cpuLimit)})`);
	}
	if (defaulted.length)
		notes.push({
			level: 'info',
			topic: 'guessed',
			message: `No request given, so Kubernetes sets it to the limit: ${listing(defaulted)}.`,
			where
		});
	for (const [kind, request, limit] of [
		['memory', memRequest, memLimit],
		['CPU', cpuRequest, cpuLimit]
	] as const)
		if (request !== null && limit !== null && request > limit)
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: `The ${kind} request is above its limit; Kubernetes would refuse this pod.`,
				where
			});
	if (
		isObj(at(container, 'resources', 'limits')) ||
		isObj(at(container, 'resources', 'requests'))
	) {
		const others = new Set(
			[
				...Object.keys(at(container, 'resources', 'limits') ?? {}),
				...Object.keys(at(container, 'resources', 'requests') ?? {})
			].filter((k) => k !== 'memory' && k !== 'cpu')
		);
		if (others.size)
			notes.push({
				level: 'info',
				topic: 'left-out',
				message: `Not modelled, left out: ${listing([...others])}.`,
				where
			});
	}
	return {
		memoryRequestMiB: memRequest,
		memoryLimitMiB: memLimit,
		cpuRequestCores: cpuRequest,
		cpuLimitCores: cpuLimit
	};
}

/** A container's command line (`command` then `args`) and its literal environment values. */
function containerRuntime(c: Obj): RuntimeInput {
	const words = (v: unknown) => list(v).filter((w): w is string => typeof w === 'string');
	const env: Record<string, string> = {};
	for (const e of list(c.env).filter(isObj)) {
		const name = str(e.name);
		const value = e.value;
		if (name && (typeof value === 'string' || typeof value === 'number')) env[name] = String(value);
	}
	return {
		command: [...words(c.command), ...words(c.args)],
		env,
		commandWhere: 'command and args',
		envWhere: 'env'
	};
}

const describeInit = (c: Obj): string => {
	const mem = memoryMiB(at(c, 'resources', 'requests', 'memory'));
	return `${str(c.name) ?? 'unnamed'}${mem.ok ? ` (${formatMiB(mem.value)} requested)` : ''}`;
};

/** Items for each steady-state container of a pod template; notes for what was left out. */
export function readPodSpec(spec: unknown, owner: PodOwner, notes: ImportNote[]): ImportedItem[] {
	const containers = list(at(spec, 'containers')).filter(isObj);
	const inits = list(at(spec, 'initContainers')).filter(isObj);
	const sidecars = inits.filter((c) => c.restartPolicy === 'Always');
	const oneShot = inits.filter((c) => c.restartPolicy !== 'Always');
	if (oneShot.length)
		notes.push({
			level: 'info',
			topic: 'left-out',
			message: `Init containers of ${owner.where} run once before the app starts and were left out of steady state: ${listing(oneShot.map(describeInit))}.`,
			where: owner.where
		});
	if (containers.length === 0) {
		notes.push({
			level: 'warning',
			topic: 'problem',
			message: `${owner.where} has no containers; it was left out.`,
			where: owner.where
		});
		return [];
	}
	const running = [...containers, ...sidecars];
	const mainIndex = Math.max(
		0,
		containers.findIndex(
			(c) => owner.defaultContainer !== undefined && c.name === owner.defaultContainer
		)
	);
	if (running.length > 1)
		notes.push({
			level: 'info',
			topic: 'mapped',
			message: `Each pod of ${owner.where} runs ${running.length} containers side by side (${listing(running.map((c) => str(c.name) ?? 'unnamed'))}); each becomes its own group of ${owner.count}. As VMs, one pod would be one VM holding all of them.`,
			where: owner.where
		});
	return running.map((c, i) => {
		const containerName = str(c.name) ?? `container-${i + 1}`;
		const role: ItemOrigin['role'] = i === mainIndex ? 'main' : 'sidecar';
		const name = role === 'main' ? owner.name : `${owner.name}/${containerName}`;
		const where = `${owner.where}, container ${containerName}`;
		const own: ImportNote[] = [];
		if (sidecars.includes(c))
			own.push({
				level: 'info',
				topic: 'mapped',
				message: `${containerName} is a native sidecar (an init container with restartPolicy: Always), so it runs all the time.`,
				where
			});
		const image = str(c.image) ?? null;
		if (image === null)
			own.push({
				level: 'warning',
				topic: 'problem',
				message: `Container ${containerName} has no image; it is kept as an unknown workload.`,
				where
			});
		const resources = containerResources(c, where, own);
		const m = matchWorkload({
			itemName: name,
			image,
			resources,
			terms: KUBERNETES_TERMS,
			where,
			runtime: containerRuntime(c)
		});
		const origin: ItemOrigin = {
			kind: owner.kind,
			name: owner.name,
			container: containerName,
			role,
			podContainers: running.length,
			...(owner.namespace ? { namespace: owner.namespace } : {})
		};
		return {
			name,
			origin,
			count: owner.count,
			countWhy: owner.countWhy,
			perNode: owner.perNode,
			image,
			imageRef: m.imageRef,
			workload: m.workload,
			resources,
			...(m.heap ? { heap: m.heap } : {}),
			volumes: role === 'main' ? owner.volumes : [],
			notes: [...m.notes, ...own]
		};
	});
}
