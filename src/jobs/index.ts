export { type PageFile, renderPages } from "./render-pages.js";
