// Reads an iCalendar feed on stdin and prints, as JSON, the UTC instant of every occurrence
// of each event between two dates, as ical.js (not attune) computes it from the feed's own
// VTIMEZONE. Usage: node expand.mjs FROM TO < feed.ics   (dates as YYYY-MM-DD)
import ICAL from "ical.js";

const [from, to] = process.argv.slice(2).map((d) => new Date(d + "T00:00:00Z"));
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const calendar = new ICAL.Component(ICAL.parse(Buffer.concat(chunks).toString("utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const out = [];
for (const component of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  const iterator = event.iterator();
  for (let next = iterator.next(), n = 0; next && n < 5000; next = iterator.next(), n++) {
    const when = next.toJSDate();
    if (when > to) break;
    if (when >= from) out.push({ summary: event.summary, utc: when.toISOString() });
  }
}
console.log(JSON.stringify(out));
