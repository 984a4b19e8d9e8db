/** The shape of a Kubernetes node figure and the helpers that build its explanation. */
import type {
	AksNetwork,
	EksImage,
	KubeCited,
	KubePlatform,
	KubeSourceId,
	Tier
} from './catalog/kubernetes';
import { formatCores, formatCount } from './format';

export interface KubernetesNode {
	platform: KubePlatform;
	cpuCores: number;
	memoryMiB: number;
	/** Overrides the platform's default (or EKS's ENI-based) pod limit. */
	maxPods?: number;
	/** EKS: the EC2 instance type, for its ENI-based pod limit. */
	instanceType?: string;
	os?: 'linux' | 'windows';
	/** EKS: the node image (absent = Amazon Linux 2023). */
	image?: EksImage;
	/** AKS: the network plugin (absent = Azure CNI Overlay). */
	network?: AksNetwork;
}

export interface NodeInput {
	label: string;
	value: number;
	unit: string;
	source: KubeSourceId;
	estimate: boolean;
	note: string;
}

/** A node figure and how it was computed; the shape of the model's Explanation. */
export interface NodeFigure {
	title: string;
	value: number;
	unit: string;
	formula: string;
	inputs: NodeInput[];
	sources: KubeSourceId[];
	estimate: boolean;
}

export const fromCatalog = (label: string, c: KubeCited): NodeInput => ({ label, ...c });
export const fromNode = (label: string, value: number, unit: string): NodeInput => ({
	label,
	value,
	unit,
	source: 'estimate',
	estimate: false,
	note: 'The node as sized in the scenario.'
});

export function figure(
	title: string,
	value: number,
	unit: string,
	formula: string,
	inputs: NodeInput[],
	estimate = false
): NodeFigure {
	const sources = [
		...new Set(inputs.filter((i) => i.source !== 'estimate' || i.estimate).map((i) => i.source))
	];
	return {
		title,
		value,
		unit,
		formula,
		inputs,
		sources,
		estimate: estimate || inputs.some((i) => i.estimate)
	};
}

export const asInput = (f: NodeFigure): NodeInput => ({
	label: f.title,
	value: f.value,
	unit: f.unit,
	source: f.sources[0] ?? 'estimate',
	estimate: f.estimate,
	note: f.formula
});

/** CPU for people: millicores below one core (as Kubernetes writes them), cores above. */
export const cpu = (cores: number): string =>
	cores > 0 && cores < 1
		? `${formatCount(Math.round(cores * 1000))} millicores`
		: formatCores(cores);

export const pct = (fraction: number): string =>
	`${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(fraction * 100)} %`;

/** Sum of marginal tiers over `amount`, with the terms used (for the formula). */
export function tiered(
	amount: number,
	tiers: Tier[],
	format: (n: number) => string
): { total: number; terms: string[]; rule: string } {
	let total = 0;
	let from = 0;
	const terms: string[] = [];
	const rule: string[] = [];
	for (const t of tiers) {
		const width = t.upTo - from;
		const span = Math.max(0, Math.min(amount, t.upTo) - from);
		const f = t.fraction.value;
		rule.push(
			Number.isFinite(width)
				? `${pct(f)} of the ${from === 0 ? 'first' : 'next'} ${format(width)}`
				: `${pct(f)} above ${format(from)}`
		);
		if (span > 0) {
			total += span * f;
			terms.push(`${pct(f)} × ${format(span)}`);
		}
		from = t.upTo;
	}
	return { total, terms, rule: rule.join(', ') };
}
