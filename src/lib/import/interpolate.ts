/**
 * Compose variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?message}`, `${VAR:+alternative}`, `$$` for a literal `$`), applied to every string value.
 * The environment and `.env` files are not available in the browser: a variable the caller does
 * not supply takes its default when it has one and is blank otherwise — as Compose does for an
 * unset variable — and each such case is reported once.
 */

export interface VariableUse {
	name: string;
	/** `default`: its `:-`/`-` default was used; `blank`: it became an empty string. */
	outcome: 'set' | 'default' | 'blank';
	/** The default that was used. */
	fallback?: string;
	/** `${VAR:?…}`: Compose would stop with an error when the variable is unset. */
	required: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

interface Scan {
	text: string;
	end: number;
}

/** Interpolate one string; `uses` collects what happened to each variable. */
export function interpolateString(
	input: string,
	env: Readonly<Record<string, string>>,
	uses: Map<string, VariableUse>,
	depth = 0
): string {
	return scan(input, 0, env, uses, depth, null).text;
}

function record(uses: Map<string, VariableUse>, use: VariableUse): void {
	const prev = uses.get(use.name);
	if (!prev || (prev.outcome === 'set' && use.outcome !== 'set')) uses.set(use.name, use);
}

/** Scan from `start` until `stop` (a closing brace of an enclosing `${…}`) or the end. */
function scan(
	s: string,
	start: number,
	env: Readonly<Record<string, string>>,
	uses: Map<string, VariableUse>,
	depth: number,
	stop: '}' | null
): Scan {
	let out = '';
	let i = start;
	while (i < s.length) {
		const c = s[i]!;
		if (stop && c === stop) return { text: out, end: i };
		if (c !== '$') {
			out += c;
			i++;
			continue;
		}
		const next = s[i + 1];
		if (next === '$') {
			out += '$';
			i += 2;
			continue;
		}
		if (next === '{' && depth < 8) {
			const name = NAME.exec(s.slice(i + 2))?.[0];
			if (!name) {
				out += c;
				i++;
				continue;
			}
			let j = i + 2 + name.length;
			const op = /^(:-|-|:\?|\?|:\+|\+)?/.exec(s.slice(j))![0];
			j += op.length;
			const inner = op ? scan(s, j, env, uses, depth + 1, '}') : { text: '', end: j };
			if (s[inner.end] !== '}') {
				out += s.slice(i);
				return { text: out, end: s.length };
			}
			out += resolve(name, op, inner.text, env, uses);
			i = inner.end + 1;
			continue;
		}
		const bare = NAME.exec(s.slice(i + 1))?.[0];
		if (bare) {
			out += resolve(bare, '', '', env, uses);
			i += 1 + bare.length;
			continue;
		}
		out += c;
		i++;
	}
	return { text: out, end: i };
}

function resolve(
	name: string,
	op: string,
	arg: string,
	env: Readonly<Record<string, string>>,
	uses: Map<string, VariableUse>
): string {
	const value = Object.hasOwn(env, name) ? env[name] : undefined;
	const emptyCounts = op.startsWith(':');
	const isSet = value !== undefined && (!emptyCounts || value !== '');
	const required = op === ':?' || op === '?';
	if (op === ':+' || op === '+') {
		record(uses, { name, outcome: isSet ? 'set' : 'blank', required: false });
		return isSet ? arg : '';
	}
	if (isSet) {
		record(uses, { name, outcome: 'set', required });
		return value;
	}
	if (op === ':-' || op === '-') {
		record(uses, { name, outcome: 'default', fallback: arg, required: false });
		return arg;
	}
	record(uses, { name, outcome: 'blank', required });
	return '';
}

/** Interpolate every string value (not keys) of a parsed document, to `maxDepth` levels. */
export function interpolateValues(
	value: unknown,
	env: Readonly<Record<string, string>>,
	uses: Map<string, VariableUse>,
	maxDepth: number,
	depth = 0
): unknown {
	if (typeof value === 'string')
		return value.includes('$') ? interpolateString(value, env, uses) : value;
	if (depth >= maxDepth || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value))
		return value.map((v) => interpolateValues(v, env, uses, maxDepth, depth + 1));
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value))
		out[k] = interpolateValues(v, env, uses, maxDepth, depth + 1);
	return out;
}
