// Reads a ZIP archive in Node, for tests: walks the central directory, checks each local header
// against it, inflates deflated entries with zlib and checks every CRC with zlib's own crc32, so
// a file the app writes is judged by code that shares nothing with the app's writer.
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipFileEntry {
	name: string;
	/** 0: stored, 8: deflated. */
	method: number;
	/** Length of the local header's extra field. */
	extraLength: number;
	/** Where the local header starts. */
	offset: number;
	data: Buffer;
}

/** The entries of a ZIP archive in central-directory order; throws on any inconsistency. */
export function readZip(archive: Uint8Array): ZipFileEntry[] {
	const zip = Buffer.from(archive);
	const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (endAt < 0) throw new Error('No end of central directory record');
	const count = zip.readUInt16LE(endAt + 10);
	let at = zip.readUInt32LE(endAt + 16);
	const entries: ZipFileEntry[] = [];
	for (let index = 0; index < count; index++) {
		if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`Bad central header ${index}`);
		const method = zip.readUInt16LE(at + 10);
		const crc = zip.readUInt32LE(at + 16);
		const compressed = zip.readUInt32LE(at + 20);
		const size = zip.readUInt32LE(at + 24);
		const nameLength = zip.readUInt16LE(at + 28);
		const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
		const offset = zip.readUInt32LE(at + 42);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		at += 46 + skip;

		if (zip.readUInt32LE(offset) !== 0x04034b50) throw new Error(`Bad local header: ${name}`);
		const localNameLength = zip.readUInt16LE(offset + 26);
		const extraLength = zip.readUInt16LE(offset + 28);
		if (zip.toString('utf8', offset + 30, offset + 30 + localNameLength) !== name) {
			throw new Error(`Local and central names differ: ${name}`);
		}
		const start = offset + 30 + localNameLength + extraLength;
		const raw = zip.subarray(start, start + compressed);
		const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
		if (data.length !== size) throw new Error(`Wrong size: ${name}`);
		if (crc32(data) !== crc) throw new Error(`Wrong CRC: ${name}`);
		entries.push({ name, method, extraLength, offset, data });
	}
	return entries;
}
