/** The codec (codec.ts), loaded once on first need; the main route does not carry it. */
export type Codec = typeof import('./codec');

let loading: Promise<Codec> | null = null;
let loaded: Codec | null = null;

/** The codec, fetched the first time it is asked for. */
export function loadCodec(): Promise<Codec> {
	loading ??= import('./codec').then(
		(codec) => (loaded = codec),
		(error: unknown) => {
			// A failed fetch (a new version replaced this one's files) may be tried again.
			loading = null;
			throw error;
		}
	);
	return loading;
}

/** The codec if it has loaded, else null. */
export const codecNow = (): Codec | null => loaded;

/** The codec, where the caller has made sure it has loaded (after awaiting loadCodec). */
export function codec(): Codec {
	if (!loaded) throw new Error('The codec is used before it has loaded.');
	return loaded;
}
