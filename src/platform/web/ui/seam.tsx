/** The gold seam of mended pottery: a quiet, decorative line. Hidden from assistive tech. */
export function Seam({ class: className = 'seam' }: { class?: string }) {
  return (
    <svg
      class={className}
      viewBox="0 0 240 16"
      aria-hidden="true"
      focusable="false"
      preserveAspectRatio="none"
    >
      <path d="M0 9 L38 7 L52 12 L86 5 L101 9 L139 8 L151 3 L176 10 L204 6 L222 9 L240 8" />
    </svg>
  );
}
