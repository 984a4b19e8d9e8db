/**
 * Downloads: a chart as SVG or PNG, its numbers as CSV. The SVG is the chart's own markup with
 * the browser-only attributes (focus, ARIA, classes) stripped; the PNG draws that SVG on a canvas.
 */
import { toCsv, type TableData } from './table';

/** Save `blob` as `filename` through a temporary <a download>. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser time to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const DROP = /^(tabindex|role|class|data-.*|aria-.*)$/;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_PX = 30;

/** A standalone SVG document of `svg`, as text, with `heading` written above the chart. */
export function serializeSvg(svg: SVGSVGElement, heading = ''): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	for (const el of [clone, ...clone.querySelectorAll('*')])
		for (const attr of [...el.attributes]) if (DROP.test(attr.name)) el.removeAttribute(attr.name);
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('version', '1.1');
	if (heading) {
		const { width, height } = size(svg);
		const body = document.createElementNS(SVG_NS, 'g');
		body.setAttribute('transform', `translate(0,${TITLE_PX})`);
		body.append(...[...clone.childNodes].filter((n) => n.nodeName !== 'title'));
		const bg = document.createElementNS(SVG_NS, 'rect');
		bg.setAttribute('width', '100%');
		bg.setAttribute('height', '100%');
		bg.setAttribute('fill', '#ffffff');
		const text = document.createElementNS(SVG_NS, 'text');
		text.setAttribute('x', '8');
		text.setAttribute('y', '21');
		text.setAttribute('font-size', '17');
		text.setAttribute('font-weight', '700');
		text.setAttribute('fill', '#1a1a1a');
		text.textContent = heading;
		clone.append(bg, text, body);
		clone.setAttribute('height', String(height + TITLE_PX));
		clone.setAttribute('viewBox', `0 0 ${width} ${height + TITLE_PX}`);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

const size = (svg: SVGSVGElement) => ({
	width: svg.viewBox.baseVal.width || svg.clientWidth,
	height: svg.viewBox.baseVal.height || svg.clientHeight
});

export function downloadSvg(svg: SVGSVGElement, name: string, heading = ''): void {
	downloadBlob(new Blob([serializeSvg(svg, heading)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** Draw the SVG on a canvas at `scale` × its size (2 = sharp on a projector or in a slide). */
export async function svgToPng(svg: SVGSVGElement, heading = '', scale = 2): Promise<Blob> {
	const { width } = size(svg);
	const height = size(svg).height + (heading ? TITLE_PX : 0);
	const url = URL.createObjectURL(
		new Blob([serializeSvg(svg, heading)], { type: 'image/svg+xml' })
	);
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw on a canvas.');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function downloadPng(svg: SVGSVGElement, name: string, heading = ''): Promise<void> {
	downloadBlob(await svgToPng(svg, heading), `${name}.png`);
}

export function downloadCsv(table: TableData, name: string): void {
	// A byte-order mark so that spreadsheet programs read the UTF-8 (µ, —) correctly.
	downloadBlob(
		new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' }),
		`${name}.csv`
	);
}
