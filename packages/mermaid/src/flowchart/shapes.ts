/** Shape names `@{ shape: … }` accepts in Mermaid 11.17.2 (rendering-util shapes and their aliases). */
export const SHAPE_NAMES = new Set(`rect proc process rectangle rounded event stadium terminal pill fr-rect subprocess subproc
framed-rectangle subroutine cyl db database cylinder datastore data-store folder directory bucket console browser
person circle circ bang cloud diam decision diamond question hex hexagon prepare lean-r lean-right in-out lean-l
lean-left out-in trap-b priority trapezoid-bottom trapezoid trap-t manual trapezoid-top inv-trapezoid dbl-circ
double-circle doublecircle text notch-rect card notched-rectangle lin-rect lined-rectangle lined-process lin-proc
shaded-process sm-circ start small-circle fr-circ stop framed-circle fork join hourglass collate brace comment brace-l
brace-r braces bolt com-link lightning-bolt doc document delay half-rounded-rectangle h-cyl das horizontal-cylinder
lin-cyl disk lined-cylinder curv-trap curved-trapezoid display div-rect div-proc divided-rectangle divided-process tri
extract triangle win-pane internal-storage window-pane f-circ junction filled-circle notch-pent loop-limit
notched-pentagon flip-tri manual-file flipped-triangle sl-rect manual-input sloped-rectangle docs documents st-doc
stacked-document st-rect procs processes stacked-rectangle bow-rect stored-data bow-tie-rectangle cross-circ summary
crossed-circle tag-doc tagged-document tag-rect tagged-rectangle tag-proc tagged-process flag paper-tape odd lin-doc
lined-document state choice note composite icon anchor`.split(/\s+/));

/** Mermaid looks shapes up with `in` on a plain object, so inherited names pass too. */
export function isKnownShape(name: string): boolean {
  return SHAPE_NAMES.has(name) || name in {};
}

/** Why Mermaid's database rejects a node's `@{ … }` data (YAML already parsed), or null. */
export function shapeDataFailure(data: Record<string, unknown>): { code: string; message: string; hint: string } | null {
  const shape = data.shape;
  if (shape) {
    // Mermaid lower-cases the value unchecked: a truthy non-string (`[rect]`, `1`, `true`) throws a TypeError.
    if (typeof shape !== 'string') return { code: 'unknown-shape', message: `The shape must be a name, not ${JSON.stringify(shape)}`, hint: 'write it as a plain name, e.g. shape: rect' };
    if (shape !== shape.toLowerCase() || shape.includes('_')) return { code: 'unknown-shape', message: `No such shape: ${shape}. Shape names are lower-case`, hint: `use ${shape.toLowerCase().replace(/_/g, '-')}` };
    if (!isKnownShape(shape)) return { code: 'unknown-shape', message: `No such shape: ${shape}`, hint: 'see Mermaid\'s list of shapes (rect, rounded, stadium, cyl, diam, hex, …)' };
  }
  // With an icon or image Mermaid trims the label unchecked: a label that is not text (`1`, `true`, a list) throws a TypeError.
  const label = data.label;
  if ((data.icon || data.img) && label !== undefined && label !== null && typeof label !== 'string') {
    return { code: 'shape-data-label', message: `With an icon or image the label must be text, not ${JSON.stringify(label)}`, hint: 'quote the label, e.g. label: "1"' };
  }
  return null;
}
