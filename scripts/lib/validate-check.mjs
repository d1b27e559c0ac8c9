// validateDiagramSync (the verdict without the AST) must give parseDiagramSync's verdict and
// errors on every text a harness judges: each harness counts the texts where it does not.
/** Issue codes and spans, as both report them. */
const summary = (d) => JSON.stringify([d.verdict, d.errors.map((e) => [e.code, e.span.start, e.span.end, e.message])]);

/** `validateDiagramSync` from the build the harness runs (absent in a build older than it: nothing is checked). */
export function validateParity(validateDiagramSync) {
  const mismatches = [];
  let checked = 0;
  return {
    /** `parsed`: parseDiagramSync's result for `text`. */
    check(text, parsed) {
      if (!validateDiagramSync) return;
      checked++;
      if (summary(validateDiagramSync(text)) !== summary(parsed)) mismatches.push(text);
    },
    /** Prints the count (and the first mismatches); true when there are none. */
    report(show = 3) {
      if (!validateDiagramSync) return true;
      console.log(`validateDiagramSync = parseDiagramSync (verdict, errors, spans) on ${checked - mismatches.length} of ${checked}`);
      for (const text of mismatches.slice(0, show)) console.log(`  differs on: ${JSON.stringify(text.slice(0, 300))}`);
      return mismatches.length === 0;
    },
  };
}
