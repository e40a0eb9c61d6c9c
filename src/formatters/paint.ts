/** The few text styles the people-facing formats use; plain text when colour is off. */
export interface Painter {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const same = (text: string) => text;
export const PLAIN: Painter = { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };

/** chalk's styles, loaded only when colour is on, so that a run in CI never loads chalk. */
export async function createPainter(color: boolean): Promise<Painter> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
