// Carries a piece of text from one screen to another (a journal excerpt into a letter or a
// conversation), in memory only: never in storage, never in the address. A reload, a sign-out or
// the quick exit forgets it. Features name the place it is meant for; the platform knows none.

interface Handoff {
  target: string;
  text: string;
}

let pending: Handoff | null = null;

export function handOff(target: string, text: string): void {
  pending = { target, text };
}

/** Takes the text meant for `target`, once; null when there is none. */
export function takeHandoff(target: string): string | null {
  if (!pending || pending.target !== target) return null;
  const { text } = pending;
  pending = null;
  return text;
}

export function hasHandoff(target: string): boolean {
  return pending?.target === target;
}
