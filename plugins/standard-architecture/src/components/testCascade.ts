/**
 * For tests: the value a CSS property gets on an element from the document's
 * style sheets, by the cascade's rules (specificity, then order). jsdom's
 * getComputedStyle ignores specificity, so a theme's single-class rule seems
 * to beat a more specific one; this follows what browsers do.
 */
export function cascadedValue(
  element: Element,
  property: string,
): string | undefined {
  let best: { specificity: number[]; value: string } | undefined;
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const value = rule.style.getPropertyValue(property);
      if (!value) continue;
      for (const selector of rule.selectorText.split(',')) {
        if (!safeMatches(element, selector)) continue;
        const specificity = specificityOf(selector);
        // Equal specificity: the later rule wins.
        if (!best || compare(specificity, best.specificity) >= 0) {
          best = { specificity, value };
        }
      }
    }
  }
  const inline = (element as HTMLElement).style?.getPropertyValue(property);
  return inline || best?.value;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector.trim());
  } catch {
    return false;
  }
}

/** [ids, classes/attributes/pseudo-classes, elements] of one selector. */
function specificityOf(selector: string): number[] {
  const s = selector.replace(/::[\w-]+/g, ' ');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]*\]|:[\w-]+/g) ?? []).length;
  const elements = (s.match(/(^|[\s>+~])[a-zA-Z][\w-]*/g) ?? []).length;
  return [ids, classes, elements];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
