import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip } from '../../../tests/lib/read-zip';
import { contentXml, escapeXml, odtFile, odtMediaType, type TextDocument } from './text-document';
import { crc32, storedZip } from './zip';

const hostile = 'Budget <2026> & « R&D » "cotisations" l’asso\'s <script>alert(1)</script>';
const document: TextDocument = {
	title: 'Compte rendu — Les Amis du Jardin',
	language: 'fr-FR',
	blocks: [
		{ type: 'title', text: 'Compte rendu — Les Amis du Jardin' },
		{ type: 'heading', text: 'Décisions' },
		{ type: 'list', items: ['Passer à Nextcloud\nen juin', hostile] },
		{ type: 'paragraph', text: 'Établi avec Passerelle.', isNote: true }
	]
};
const created = new Date(2026, 2, 12, 20, 15, 30);
const file = odtFile(document, created);

/** Tools that may be missing on a machine; their checks run where they are installed. */
const has = (command: string) => spawnSync(command, ['--version']).error === undefined;
const folder = mkdtempSync(join(tmpdir(), 'odt-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the stored ZIP writer', () => {
	it('computes the CRC-32 ZIP uses (same as zlib’s)', () => {
		const bytes = new TextEncoder().encode('Passerelle — réunion de bureau');
		expect(crc32(bytes)).toBe(nodeCrc32(bytes));
		expect(crc32(new Uint8Array())).toBe(0);
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('writes entries in order, stored, readable back byte for byte', () => {
		const entries = [
			{ name: 'a.txt', data: new TextEncoder().encode('premier') },
			{ name: 'dossier/é.txt', data: new Uint8Array([0, 255, 10, 13]) },
			{ name: 'vide', data: new Uint8Array() }
		];
		const read = readZip(storedZip(entries, created));
		expect(read.map((entry) => [entry.name, entry.method, [...entry.data]])).toEqual(
			entries.map((entry) => [entry.name, 0, [...entry.data]])
		);
	});
});

describe('the .odt file', () => {
	const entries = readZip(file);
	const text = (name: string) => entries.find((entry) => entry.name === name)?.data.toString();

	it('starts with the mimetype entry, stored, without extra field, as ODF requires', () => {
		expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, extraLength: 0, offset: 0 });
		expect(text('mimetype')).toBe(odtMediaType);
		// What file-type sniffers read: the name at byte 30, the media type right after it.
		expect(Buffer.from(file).toString('latin1', 30, 38 + odtMediaType.length)).toBe(
			`mimetype${odtMediaType}`
		);
	});

	it('holds content, styles, meta and a manifest that lists them', () => {
		expect(entries.map((entry) => entry.name)).toEqual([
			'mimetype',
			'content.xml',
			'styles.xml',
			'meta.xml',
			'META-INF/manifest.xml'
		]);
		const manifest = text('META-INF/manifest.xml') ?? '';
		expect(manifest).toContain(
			`manifest:full-path="/" manifest:version="1.2" manifest:media-type="${odtMediaType}"`
		);
		for (const name of ['content.xml', 'styles.xml', 'meta.xml']) {
			expect(manifest).toContain(`manifest:full-path="${name}"`);
		}
		expect(text('meta.xml')).toContain('<dc:title>Compte rendu — Les Amis du Jardin</dc:title>');
	});

	it('writes the text with its line breaks, and escapes what XML would misread', () => {
		const content = text('content.xml') ?? '';
		expect(content).toContain('Passer à Nextcloud<text:line-break/>en juin');
		expect(content).toContain(
			'Budget &lt;2026&gt; &amp; « R&amp;D » &quot;cotisations&quot; l’asso&apos;s &lt;script&gt;alert(1)&lt;/script&gt;'
		);
		expect(content).not.toContain('<script>');
		expect(content).toContain('<text:list text:style-name="Bullets">');
	});

	it('drops characters XML cannot hold, keeps emoji, and keeps runs of spaces', () => {
		expect(escapeXml('a\u0000b\u0007c\ud800d 🌱')).toBe('abcd 🌱');
		const content = contentXml({
			...document,
			blocks: [{ type: 'paragraph', text: 'deux  espaces\tet tab' }]
		});
		expect(content).toContain('deux <text:s text:c="1"/>espaces<text:tab/>et tab');
	});

	it.runIf(has('unzip'))('is a valid archive for the unzip tool, mimetype first and stored', () => {
		const path = join(folder, 'minutes.odt');
		writeFileSync(path, file);
		execFileSync('unzip', ['-tq', path]);
		const listing = execFileSync('unzip', ['-v', path]).toString();
		expect(listing).toMatch(/^\s*\d+\s+Stored\s+\d+\s+0%.*\smimetype$/m);
		expect(listing.indexOf('mimetype')).toBeLessThan(listing.indexOf('content.xml'));
		expect(execFileSync('unzip', ['-p', path, 'content.xml']).toString()).toContain(
			'Passer à Nextcloud'
		);
	});

	it.runIf(has('python3'))('holds well-formed XML in every part (checked by a real parser)', () => {
		for (const entry of entries.filter((part) => part.name.endsWith('.xml'))) {
			const result = spawnSync(
				'python3',
				['-c', 'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())'],
				{ input: entry.data }
			);
			expect(result.stderr.toString(), entry.name).toBe('');
			expect(result.status, entry.name).toBe(0);
		}
	});

	it.runIf(has('soffice'))(
		'opens in LibreOffice, which reads its headings, list items and line breaks',
		() => {
			const path = join(folder, 'opened.odt');
			writeFileSync(path, file);
			// A profile of its own: no clash with a LibreOffice the user has open.
			const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
			const converted = ['--headless', profile, '--convert-to', 'txt:Text', '--outdir', folder];
			execFileSync('soffice', [...converted, path], { stdio: 'ignore', timeout: 90_000 });
			const text = readFileSync(join(folder, 'opened.txt'), 'utf8');
			expect(text).toContain('Compte rendu — Les Amis du Jardin\nDécisions\n');
			expect(text).toMatch(/• Passer à Nextcloud\nen juin\n/);
			expect(text).toContain(hostile);
		},
		120_000
	);
});
