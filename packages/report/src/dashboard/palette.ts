/** Traffic-light colours (dn-dispatch §2.5: LAAG green, MIDDEL orange, HOOG red), dark enough for text contrast. */
export const STATUS_COLOURS = {
  green: { fg: "#0b6b2f", bg: "#e3f4e8", label: "groen" },
  orange: { fg: "#8a4b00", bg: "#fff1dc", label: "oranje" },
  red: { fg: "#a1140f", bg: "#fde6e4", label: "rood" },
  none: { fg: "#3d4651", bg: "#eef1f4", label: "geen drempel" },
} as const;

/** Series colours: blue for plans and rates, dark red for NOKs (distinct for colour-blind readers by shape too). */
export const INK = {
  primary: "#1f5fa8",
  muted: "#9fb7d3",
  nok: "#a1140f",
  text: "#1d232a",
  grid: "#c9d1da",
} as const;
