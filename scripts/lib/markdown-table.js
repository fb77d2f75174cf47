// Runs in Node: the one Markdown table formatter of the scripts and the bench (bundle budget,
// Lighthouse scores, benchmark report), columns padded so it also reads well in a terminal.

/**
 * A Markdown table of `header` and `rows` (one string per cell).
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 */
export function markdownTable(header, rows) {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	/** @param {readonly string[]} cells */
	const line = (cells) =>
		`| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
	const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}
