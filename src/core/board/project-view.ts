/** A Projects (v2) board as read from GitHub: plain data, so the planner stays pure. */
export interface ProjectView {
  id: string;
  title: string;
  url: string;
  fields: ProjectField[];
  /** The board's items in position order (the order `updateProjectV2ItemPosition` changes). */
  items: ProjectItem[];
}

export interface ProjectField {
  id: string;
  name: string;
  /** GitHub's data type: SINGLE_SELECT, ITERATION, NUMBER, TEXT, DATE, … */
  dataType: string;
  /** Options of a single-select field, iterations of an iteration field (by title). */
  options: ProjectOption[];
}

export interface ProjectItem {
  id: string;
  /** The issue's number, for an issue of the board's repository; null for anything else. */
  issue: number | null;
}

/** A single-select option (its colour and description kept, to send back unchanged) or an iteration. */
export interface ProjectOption {
  id: string;
  name: string;
  color?: string;
  description?: string;
}
