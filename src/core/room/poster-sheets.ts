import type { Poster } from "./poster.js";

export type PosterOrientation = "landscape" | "portrait";

/** One printed sheet: a block of slots × a block of rooms, with the title size that fits them. */
export interface PosterSheet {
  /** Indexes into the poster's slots and rooms. */
  slots: number[];
  rooms: number[];
  /** The sessions' title size, in millimetres on A1 (A4 scales it): one of `titleSizes`. */
  titleSize: number;
}

/**
 * The title sizes the stylesheet knows (mm on A1; a class each, since the pages' content
 * security policy allows no inline style). 16 mm is 45 pt: legible from about five metres.
 */
export const titleSizes = [32, 28, 24, 20, 18, 16, 14, 12, 10, 9, 8, 7, 6] as const;

/**
 * The A1 sheet's geometry in millimetres (A4 is the same, scaled by about 0.344): the printable
 * area inside 15 mm margins, the header (the poster's title and date), the rooms' row, the time
 * column, and each cell's padding. The stylesheet sets the same figures.
 */
export const sheetGeometry = {
  landscape: { width: 811, height: 563, maxSlots: 6, maxRooms: 4 },
  portrait: { width: 563, height: 811, maxSlots: 9, maxRooms: 3 },
  header: 58,
  roomRow: 26,
  timeColumn: 70,
  padding: 12,
} as const;

/** How wide an average character of the poster's sans-serif is, in ems (generous). */
const charWidth = 0.56;
const lineHeight = 1.15;

/**
 * The poster cut into sheets: slots spread evenly over as few sheets as hold them at a size one
 * reads from across a room, and rooms likewise; each sheet with the largest title size at which
 * its longest title, wrapped, still fits its cell.
 */
export function posterSheets(poster: Poster, orientation: PosterOrientation): PosterSheet[] {
  const g = sheetGeometry;
  const page = g[orientation];
  const slotBlocks = blocks(poster.slots.length, page.maxSlots);
  const roomBlocks = blocks(poster.rooms.length, page.maxRooms);
  const sheets: PosterSheet[] = [];
  for (const rooms of roomBlocks)
    for (const slots of slotBlocks) {
      const rowHeight = (page.height - g.header - g.roomRow) / Math.max(slots.length, 1);
      const cellWidth = (page.width - g.timeColumn) / Math.max(rooms.length, 1) - g.padding;
      const longest = Math.max(
        8,
        ...slots.flatMap((s) => rooms.map((r) => poster.slots[s]?.sessions[r]?.title.length ?? 0)),
      );
      const fits = (size: number) => {
        const perLine = Math.max(1, Math.floor(cellWidth / (charWidth * size)));
        const lines = Math.ceil(longest / perLine);
        // The title's lines, the sponsor's line under it (0.55 of the title's size), padding.
        return lines * lineHeight * size + 0.55 * size * 1.4 + g.padding * 1.5 <= rowHeight;
      };
      const titleSize: number = titleSizes.find(fits) ?? 6;
      sheets.push({ slots, rooms, titleSize });
    }
  return sheets;
}

/** 0…n−1 in as few runs of at most `max` as hold them, the runs as even as can be. */
function blocks(n: number, max: number): number[][] {
  const count = Math.max(1, Math.ceil(n / max));
  const size = Math.ceil(n / count);
  return Array.from({ length: count }, (_, b) =>
    Array.from({ length: Math.min(size, n - b * size) }, (_, i) => b * size + i),
  ).filter((run) => run.length > 0 || n === 0);
}
