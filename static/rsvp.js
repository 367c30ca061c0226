// The RSVP page: the meeting's time in the reader's own time zone (the server knows only the
// meeting's, which the page shows below it), and the page kept current while it is open. The
// page works without this script: a reload shows the same.
function localTimes() {
  for (const el of document.querySelectorAll("time[data-local]")) {
    const at = new Date(el.getAttribute("datetime"));
    if (Number.isNaN(at.getTime())) continue;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/_/g, " ");
    const text = new Intl.DateTimeFormat(undefined, {
      dateStyle: "full",
      timeStyle: "short",
    }).format(at);
    el.textContent = `${text}, your time (${zone})`;
  }
}
localTimes();

// When the meeting changes (a seat taken or given up, a place moved up, the meeting edited, the
// person's invitation accepted), the server says "changed" and the card is read again: the same
// page a reload would show.
const card = document.querySelector(".rsvp-card[data-events]");
const said = document.querySelector("#rsvp-said");
if (card && said && window.EventSource) {
  let source = null;
  let reading = null;
  // The person's standing as words, a paragraph a sentence (textContent would run them together).
  const standing = (el) =>
    [...el.querySelectorAll(".standing p")].map((p) => p.textContent.trim()).join(" ");
  const refresh = async () => {
    const response = await fetch(card.dataset.page, { headers: { accept: "text/html" } });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = page.querySelector(".rsvp-card");
    if (!fresh || fresh.innerHTML === card.innerHTML) return;
    // Focus stays where it was: on the same button of the new card, if the person was on one.
    const focused = card.contains(document.activeElement)
      ? document.activeElement.textContent
      : null;
    const before = standing(card);
    card.innerHTML = fresh.innerHTML;
    localTimes();
    if (focused)
      for (const button of card.querySelectorAll("button, a"))
        if (button.textContent === focused) button.focus();
    // One announcement per change, politely: the person's own standing if that changed (moved
    // up, invitation accepted), else what the seats line says now.
    const now = standing(card);
    said.textContent = `Updated: ${now !== before ? now : (card.querySelector(".seats")?.textContent ?? "")}`;
    // The stream to follow may change with the standing (an invitation to wait for, or none).
    if (fresh.dataset.events !== card.dataset.events) {
      card.dataset.events = fresh.dataset.events;
      listen();
    }
  };
  const listen = () => {
    source?.close();
    source = new EventSource(card.dataset.events);
    source.addEventListener("changed", () => {
      // Changes that come while the page is read ask for one more read after it.
      reading = (reading ?? Promise.resolve()).then(refresh).catch(() => {});
    });
  };
  listen();
}
