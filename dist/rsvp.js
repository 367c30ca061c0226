// The RSVP page: the meeting's time in the reader's own time zone (the server knows only the
// meeting's, which the page shows below it). The page works without this script.
for (const el of document.querySelectorAll("time[data-local]")) {
  const at = new Date(el.getAttribute("datetime"));
  if (Number.isNaN(at.getTime())) continue;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/_/g, " ");
  const text = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }).format(
    at,
  );
  el.textContent = `${text}, your time (${zone})`;
}
