// The ballot page's forms without a page reload: each press is posted, the page's ballot is read
// again and swapped in place, focus stays on the control the person used (or its neighbour when
// that one is now disabled), and the change is announced politely. Without this script the forms
// post and the server's redirect shows the same page.
(() => {
  const main = document.querySelector("main");
  const said = document.getElementById("ballot-said");
  if (!main || !said) return;
  let saves = 0;

  /** What identifies a control across the swap: its form's role and its name and value. */
  const keyOf = (el) => {
    if (!el || !main.contains(el)) return null;
    if (el.matches("button[name]")) return `button[name="${el.name}"][value="${el.value}"]`;
    if (el.matches("select[name]")) return `select[name="${el.name}"]`;
    if (el.closest(".move")) return ".move button";
    return null;
  };

  /** The control to focus after the swap: the same one, or the row's other button, or the row. */
  const refocus = (key, topic) => {
    const same = key && main.querySelector(key);
    if (same && !same.disabled) return same.focus();
    const row = topic && main.querySelector(`.ballot-topic[data-topic="${topic}"]`);
    const other = row && [...row.querySelectorAll("button")].find((b) => !b.disabled);
    if (other) return other.focus();
    (row ?? main.querySelector("h1"))?.focus();
  };

  const swap = (doc) => {
    for (const part of main.querySelectorAll("[data-part]")) {
      const fresh = doc.querySelector(`[data-part="${part.dataset.part}"]`);
      if (fresh) part.replaceWith(document.importNode(fresh, true));
      else part.replaceChildren();
    }
  };

  main.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("[data-ballot]")) return;
    event.preventDefault();
    const button = event.submitter;
    const key = keyOf(button ?? document.activeElement);
    const topic = button?.closest(".ballot-topic")?.dataset.topic;
    const body = new URLSearchParams(new FormData(form, button));
    try {
      const posted = await fetch(form.action, {
        method: "POST",
        body,
        headers: { accept: "application/json" },
        credentials: "same-origin",
      });
      const answer = await posted.json().catch(() => ({}));
      if (!posted.ok) {
        said.textContent = answer.message ?? `Not saved (${posted.status}).`;
        return;
      }
      const page = await fetch(location.href, { credentials: "same-origin" });
      const doc = new DOMParser().parseFromString(await page.text(), "text/html");
      swap(doc);
      refocus(key, topic);
      const left = main.querySelector(".summary .left")?.textContent ?? "";
      const row =
        topic && main.querySelector(`.ballot-topic[data-topic="${topic}"] .mine .sr-only`);
      said.textContent = `${answer.message ?? "Saved."} ${row ? `${row.textContent} on #${topic}. ` : ""}${left}.`;
      document.body.dataset.saves = String(++saves);
    } catch {
      said.textContent = "The app could not be reached: your ballot is as it was.";
    }
  });
})();
