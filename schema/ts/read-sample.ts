// Reads jixiao's JSON with the types generated from its schema (jixiao.d.ts), and checks what it
// reads. Compiled with `tsc --strict`: the point is that this code type-checks against the
// generated types, and that the sample's shape at run time is what the types say.
import type { Imported, Scorecard, Threshold, ThresholdObject } from "./jixiao";
import importedJson from "../examples/imported-sample.json";
import scorecardJson from "../examples/scorecard-yongde.json";

const imported = importedJson as unknown as Imported;
const scorecard = scorecardJson as unknown as Scorecard;

function fail(message: string): never {
  throw new Error(message);
}

// A threshold is an object with a kind, or (when written by hand) the text itself.
function describe(t: Threshold): string {
  if (typeof t === "string") return `text ${t}`;
  const o: ThresholdObject = t;
  switch (o.kind) {
    case "comparison":
      return `${o.comparator} ${o.normalized ?? o.value} ${o.unit ?? ""}`.trim();
    case "range":
      return `${o.low}..${o.high} ${o.unit ?? ""}`.trim();
    case "deadline":
      return `by ${o.end.year ?? ""}-${o.end.month ?? ""}`;
    case "qualitative":
      return `qualitative ${o.category}: ${o.text}`;
  }
}

let comparisons = 0;
for (const project of imported.projects) {
  const total = project.budget?.total ?? fail(`${project.name}: no budget`);
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(total)) fail(`budget ${total} is not a decimal string`);
  for (const indicator of project.indicators ?? []) {
    const t = indicator.threshold ?? fail(`${indicator.name}: no threshold`);
    if (typeof t !== "string" && t.kind === "comparison") comparisons += 1;
    // a level is written as {kind, name}, and may be read from its name alone
    const level1 = indicator.level1;
    const level1Name = level1 == null ? "?" : typeof level1 === "string" ? level1 : level1.name;
    console.log(`${project.name} / ${level1Name} / ${indicator.name}: ${describe(t)}`);
  }
}
if (imported.projects.length !== 4) fail(`expected 4 projects, read ${imported.projects.length}`);
if (comparisons !== 27) fail(`expected 27 comparisons, read ${comparisons}`);

const total = Number(scorecard.total);
console.log(`scorecard ${scorecard.project}: ${scorecard.total} (${scorecard.grade})`);
if (!(total > 0 && total <= 100)) fail(`total ${scorecard.total} out of range`);
console.log(`typescript: ${imported.projects.length} projects and a scorecard read with the generated types`);
