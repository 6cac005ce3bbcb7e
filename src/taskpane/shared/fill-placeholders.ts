/** Fills {name} placeholders in a UI string; an unknown name stays visible rather than vanishing. */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
