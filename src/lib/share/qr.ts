import QRCode from 'qrcode';

export interface QrMatrix {
	size: number;
	/** An SVG path drawing every dark module as a 1×1 square. */
	path: string;
}

/** The QR code of `text` as a path for an <svg>, or an error message (too long for any QR code). */
export function qrMatrix(text: string): QrMatrix | { error: string } {
	try {
		const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
		let path = '';
		for (let y = 0; y < modules.size; y++)
			for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
		return { size: modules.size, path };
	} catch {
		return {
			error: `This link is too long for a QR code (${text.length.toLocaleString('en-US')} characters). Copy the link instead.`
		};
	}
}
