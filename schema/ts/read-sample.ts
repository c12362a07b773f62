// Reads jixiao's JSON with the types generated from its schema (jixiao.d.ts), and checks what it
// reads. Compiled with `tsc --strict`: the point is that this code type-checks against the
// generated types, and that the sample's shape at run time is what the types say.
import type { Imported, Light, MonitorSummary, Scorecard, Threshold, ThresholdObject } from "./jixiao";
import importedJson from "../examples/imported-sample.json";
import scorecardJson from "../examples/scorecard-yongde.json";
import monitorJson from "../examples/monitor-summary-tianjin.json";

const imported = importedJson as unknown as Imported;
const scorecard = scorecardJson as unknown as Scorecard;
const monitoring = monitorJson as unknown as MonitorSummary;

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
    case "relative":
      return `relative to ${o.baseline}: ${o.text}`;
    case "unread":
      return `text with numbers not read: ${o.text}`;
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
// a monitoring summary: every line's light counted, the worst light the least
const order: Light[] = ["red", "yellow", "green", "blue"];
const lit = [monitoring.budget.signal, ...monitoring.items.map((i) => i.signal)];
let unjudged = 0;
for (const s of lit) {
  if (s == null) unjudged += 1;
  else console.log(`${s.light}: ${s.rule_en}`);
}
for (const light of order) {
  const n = lit.filter((s) => s != null && s.light === light).length;
  if (n !== monitoring.counts[light]) fail(`${light}: ${n} lights, counted ${monitoring.counts[light]}`);
}
if (unjudged !== monitoring.counts.unjudged) fail(`${unjudged} lines without a light, counted ${monitoring.counts.unjudged}`);
const worst = order.find((l) => lit.some((s) => s != null && s.light === l));
if (worst !== monitoring.worst) fail(`worst light ${monitoring.worst}, expected ${worst}`);
console.log(`monitoring ${monitoring.project} 1–${monitoring.month}月: worst ${monitoring.worst}, ${monitoring.findings.length} findings`);
console.log(`typescript: ${imported.projects.length} projects, a scorecard and a monitoring summary read with the generated types`);
