/** Keep text labels from overlapping: nudge them apart along one axis, within bounds. */

/**
 * Positions as close as possible to `wanted`, each at least `gap` from the next, and all within
 * [lo, hi] when they fit. The output keeps the input order.
 */
export function dodge(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
	const order = wanted.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
	const pos = order.map((o) => Math.max(lo, Math.min(hi, o.v)));
	for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k]!, pos[k - 1]! + gap);
	// Pushed past the end: shift back up, keeping the gaps.
	const over = (pos[pos.length - 1] ?? lo) - hi;
	if (over > 0) {
		pos[pos.length - 1] = hi;
		for (let k = pos.length - 2; k >= 0; k--) pos[k] = Math.min(pos[k]!, pos[k + 1]! - gap);
	}
	const out = new Array<number>(wanted.length);
	order.forEach((o, k) => (out[o.i] = pos[k]!));
	return out;
}
