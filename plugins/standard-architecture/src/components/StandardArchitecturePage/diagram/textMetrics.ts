/**
 * Text widths for the exported SVG, estimated per character (an SVG string
 * has no layout engine). Estimates run a little wide, so text never
 * overflows its box; Hangul and other wide scripts count a full em.
 */
export function textWidth(text: string, fontSize: number, bold = false) {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x1100 && !(code >= 0x2000 && code <= 0x2bff)) ems += 1;
    else if (/[iljtfrI.,:;'!|()[\] ]/.test(char)) ems += 0.32;
    else if (/[mwMW@%]/.test(char)) ems += 0.86;
    else if (/[A-Z]/.test(char)) ems += 0.68;
    else if (/[0-9]/.test(char)) ems += 0.58;
    else if (char === '→' || char === '…') ems += 1;
    else ems += 0.56;
  }
  return ems * fontSize * (bold ? 1.06 : 1);
}

/** The text, cut with "…" to fit `maxWidth`; never cut inside a character. */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 0) {
    chars.pop();
    const candidate = `${chars.join('').trimEnd()}…`;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) return candidate;
  }
  return '…';
}

/** Words in lines of at most `maxWidth`; a word too long for a line is cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  maxLines = 2,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || textWidth(next, fontSize, bold) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines)
    kept[maxLines - 1] += ` ${lines.slice(maxLines).join(' ')}`;
  return kept.map(l => fitText(l, maxWidth, fontSize, bold));
}
