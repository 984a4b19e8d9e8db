import {
	cpSync,
	createReadStream,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/** The static build `npm run build` made. */
export const BUILD = join(process.cwd(), 'build');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json'
};

/**
 * A static server a spec owns, like a static host: it serves `root` (which a spec may swap for
 * another build, as a deploy does), or answers every request with `failWith` (a server error).
 */
export interface StaticHost {
	server: Server;
	root: string;
	failWith: number | null;
	close(): Promise<void>;
}

export function serveStatic(port: number, root = BUILD): Promise<StaticHost> {
	const host: StaticHost = {
		server: undefined as unknown as Server,
		root,
		failWith: null,
		close: () =>
			new Promise((done) => {
				if (!host.server.listening) return done();
				host.server.close(() => done());
				host.server.closeAllConnections();
			})
	};
	host.server = createServer((req, res) => {
		if (host.failWith !== null) return res.writeHead(host.failWith).end('Server error');
		const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		let file = join(host.root, path);
		if (!file.startsWith(host.root)) return res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file)) return res.writeHead(404).end();
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => host.server.listen(port, '127.0.0.1', () => resolve(host)));
}

/** This build's version, as its service worker names its cache. */
export const buildVersion = (root = BUILD): string =>
	(JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8')) as { version: string })
		.version;

/**
 * The next deploy, made from this build: a copy whose service worker and version are new (so the
 * browser installs it), changed by `edit` (given the copy's folder and its service worker's text,
 * returning the new text). Removed with `rmSync(dir, { recursive: true })`.
 */
export function nextDeploy(edit: (dir: string, sw: string) => string = (_d, sw) => sw): string {
	const dir = mkdtempSync(join(tmpdir(), 'overhead-deploy-'));
	cpSync(BUILD, dir, { recursive: true });
	const old = buildVersion();
	const next = String(Number(old) + 1);
	const swPath = join(dir, 'service-worker.js');
	writeFileSync(swPath, edit(dir, readFileSync(swPath, 'utf8').replaceAll(old, next)));
	writeFileSync(join(dir, '_app/version.json'), JSON.stringify({ version: next }));
	return dir;
}

export const removeDeploy = (dir: string) => rmSync(dir, { recursive: true, force: true });
