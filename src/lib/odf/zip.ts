// A ZIP archive writer that stores files as they are (method 0, no compression), enough for an
// OpenDocument package, whose first entry must be stored anyway. ZIP format: PKWARE's APPNOTE.TXT
// (local file headers, then the central directory, then its end record; little-endian numbers).
// No ZIP64: archives stay far below 4 GB and 65,535 entries.

/** A file to put in the archive. */
export interface ZipEntry {
	/** Path inside the archive, `/`-separated, e.g. `META-INF/manifest.xml`. */
	name: string;
	data: Uint8Array;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** The CRC-32 (IEEE 802.3, as ZIP uses it) of `data`. */
export function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date, as ZIP headers hold them (local time, two-second steps, from 1980). */
function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
		date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
	};
}

const encoder = new TextEncoder();

/** Bytes written little-endian, the way every ZIP number is stored. */
class ByteWriter {
	readonly #bytes: number[] = [];

	u16(value: number): this {
		this.#bytes.push(value & 0xff, (value >>> 8) & 0xff);
		return this;
	}

	u32(value: number): this {
		return this.u16(value & 0xffff).u16(value >>> 16);
	}

	bytes(data: Uint8Array): this {
		for (const byte of data) this.#bytes.push(byte);
		return this;
	}

	get length(): number {
		return this.#bytes.length;
	}

	toUint8Array(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

/**
 * A ZIP archive of `entries`, in their order, every one stored uncompressed, with no extra
 * fields (ODF asks this of its first entry, `mimetype`). `modified` dates every entry.
 */
export function storedZip(
	entries: readonly ZipEntry[],
	modified = new Date()
): Uint8Array<ArrayBuffer> {
	const when = dosDateTime(modified);
	const body = new ByteWriter();
	const directory = new ByteWriter();
	for (const entry of entries) {
		const name = encoder.encode(entry.name);
		const crc = crc32(entry.data);
		const offset = body.length;
		// Flag bit 11 says the name is UTF-8 (only set when it is not plain ASCII, so `mimetype`'s
		// header stays the plain one file-type sniffers expect). Version 1.0 extracts stored files.
		const flags = name.length === entry.name.length ? 0 : 0x0800;
		const header = (writer: ByteWriter) =>
			writer
				.u16(10)
				.u16(flags)
				.u16(0)
				.u16(when.time)
				.u16(when.date)
				.u32(crc)
				.u32(entry.data.length)
				.u32(entry.data.length)
				.u16(name.length)
				.u16(0);
		header(body.u32(0x04034b50)).bytes(name).bytes(entry.data);
		// Central directory: made by version 2.0 (MS-DOS attributes), no comment, no attributes.
		header(directory.u32(0x02014b50).u16(20)).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
	}
	const end = new ByteWriter()
		.u32(0x06054b50)
		.u16(0)
		.u16(0)
		.u16(entries.length)
		.u16(entries.length)
		.u32(directory.length)
		.u32(body.length)
		.u16(0);
	const parts = [body.toUint8Array(), directory.toUint8Array(), end.toUint8Array()];
	const zip = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		zip.set(part, at);
		at += part.length;
	}
	return zip;
}
