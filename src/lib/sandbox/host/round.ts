/** Rounding a slider's value to what a person would type. */

/** Round to 2 significant figures. */
export const sig2 = (v: number): number => {
	const p = Math.pow(10, Math.floor(Math.log10(v)) - 1);
	return Math.round(v / p) * p;
};

/** GiB: halves below 4, else 2 significant figures. */
export const roundGiB = (v: number): number => (v < 4 ? Math.round(v * 2) / 2 : sig2(v));
