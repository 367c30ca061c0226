// The meeting room's one script: live updates by Server-Sent Events, the countdown on the
// server's clock, and the buttons without a page reload. The page works without it.
(() => {
  const live = document.getElementById("live");
  const side = document.getElementById("live-side");
  if (!live) return;
  const announcer = document.getElementById("announce");
  const status = document.getElementById("status");
  // The server's clock minus the browser's: the countdown counts to the server's recorded end.
  let offset = 0;
  let lastMinute = null;
  let lastSaid = "";
  let lastTopic = document.getElementById("on-table")?.textContent ?? "";
  const labels = { sponsor: "Sponsor opens", discussion: "Discussion", up: "Time's up" };

  // One announcement per change: the same words twice in a row are said once.
  const announce = (text) => {
    if (!announcer || text === lastSaid) return;
    lastSaid = text;
    announcer.textContent = text;
  };

  const syncClock = () => {
    const el = document.getElementById("countdown");
    if (el?.dataset.now) offset = Date.parse(el.dataset.now) - Date.now();
  };

  const format = (ms) => {
    const s = Math.max(0, Math.ceil(ms / 1000));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const pad = (n) => String(n).padStart(2, "0");
    return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
  };

  // The facilitator's buttons for the timebox's end are on the page already: shown at that
  // moment on the server's clock, as the server would draw them then.
  const switchSets = (now) => {
    for (const set of document.querySelectorAll(".action-set[data-until]"))
      set.hidden = now >= Date.parse(set.dataset.until);
    for (const set of document.querySelectorAll(".action-set[data-from]"))
      set.hidden = now < Date.parse(set.dataset.from);
  };

  const tick = () => {
    const now = Date.now() + offset;
    switchSets(now);
    const el = document.getElementById("countdown");
    if (!el) return;
    const left = Date.parse(el.dataset.until) - now;
    const phase = document.getElementById("phase");
    const up = left <= 0;
    el.textContent = up ? "Time's up" : format(left);
    el.classList.toggle("up", up);
    el.classList.toggle("low", !up && left <= 60_000);
    if (phase) {
      phase.textContent = up
        ? labels.up
        : now < Date.parse(el.dataset.sponsorUntil)
          ? labels.sponsor
          : labels.discussion;
    }
    // Screen readers hear the time at each whole minute, and when it is up; not every second.
    const minute = up ? 0 : Math.ceil(left / 60_000);
    if (minute !== lastMinute) {
      if (lastMinute !== null || up)
        announce(up ? "Time's up" : `${minute} minute${minute === 1 ? "" : "s"} left`);
      lastMinute = minute;
    }
  };

  syncClock();
  tick();
  setInterval(tick, 250);

  /**
   * Swaps a part of the page for the server's, keeping what the person was doing in it: the
   * button they were on (by its command) and an open confirmation.
   */
  const swap = (el, markup) => {
    if (!el || markup === undefined || el.innerHTML === markup) return;
    const focused = el.contains(document.activeElement) ? document.activeElement : null;
    const key = focused?.name ? `${focused.name}=${focused.value.split(" ")[0]}` : null;
    const open = [...el.querySelectorAll("details[open]")].map((d) => d.className);
    el.innerHTML = markup;
    for (const name of open) el.querySelector(`details.${name}`)?.setAttribute("open", "");
    if (key) {
      const [name, command] = key.split("=");
      const again = [...el.querySelectorAll(`[name="${name}"]`)].find(
        (b) => b.value.split(" ")[0] === command && !b.closest("[hidden]"),
      );
      (again ?? el.closest("form"))?.focus();
    }
  };

  const onRoom = (event) => {
    const data = JSON.parse(event.data);
    // Server-rendered, escaped HTML of the room's shared parts (the same renderer as the page).
    live.innerHTML = data.table;
    if (side) side.innerHTML = data.side;
    swap(document.getElementById("vote-live"), data.votes);
    const controls = document.getElementById("controls-live");
    const before = controls?.innerHTML;
    swap(controls, data.controls);
    // The room moved on: "Posted /next…" under the buttons is done with (a refusal stays).
    const posted = document.querySelector(".controls .form-status:not(.error)");
    if (posted && controls && controls.innerHTML !== before) posted.textContent = "";
    // An ended meeting takes no more seats: its RSVP link is no longer offered.
    const share = document.querySelector(".share");
    if (share) share.hidden = document.getElementById("phase")?.dataset.phase === "ended";
    syncClock();
    const topic = document.getElementById("on-table")?.textContent ?? "";
    if (topic !== lastTopic) {
      lastTopic = topic;
      lastMinute = null;
      announce(
        topic
          ? `Now on the table: ${topic}`
          : (document.getElementById("phase")?.textContent ?? ""),
      );
    }
    tick();
    if (status) {
      status.textContent = "";
      status.classList.remove("offline");
    }
  };
  const connect = () => {
    const source = new EventSource(live.dataset.events);
    source.addEventListener("room", onRoom);
    // The facilitator's own stream says who is invited, pending and waiting (nobody else's does).
    source.addEventListener("invitees", (event) => {
      const list = document.getElementById("invitees-live");
      if (list) list.innerHTML = JSON.parse(event.data).invitees;
    });
    source.addEventListener("open", () => {
      live.dataset.connected = "1";
    });
    source.addEventListener("error", () => {
      if (status) {
        status.textContent = "Reconnecting… the room may be out of date.";
        status.classList.add("offline");
      }
      // A dropped connection the browser opens again by itself; an answer that was no stream
      // (too many requests from this person, GitHub not answering) closes it for good: asked
      // again half a minute later.
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 30_000);
    });
  };
  connect();

  /** The server's words for an answer: JSON's message, an HTML page's notice, or its text. */
  const reasonOf = async (response) => {
    const type = response.headers.get("content-type") ?? "";
    if (type.includes("json")) return (await response.json().catch(() => ({}))).message;
    const text = await response.text().catch(() => "");
    if (!type.includes("html")) return text.trim();
    const doc = new DOMParser().parseFromString(text, "text/html");
    return doc.querySelector(".form-status.error, main p, h1")?.textContent?.trim();
  };

  for (const form of document.querySelectorAll("form[data-live]")) {
    form.tabIndex = -1;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const said = form.querySelector(".form-status");
      const body = new URLSearchParams(new FormData(form, event.submitter));
      if (said) {
        said.classList.remove("error");
        said.textContent = "Sending…";
      }
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body,
          headers: { accept: "application/json" },
          credentials: "same-origin",
        });
        const reason = await reasonOf(response);
        if (said) {
          said.classList.toggle("error", !response.ok);
          said.textContent =
            reason ||
            (response.ok ? "Done." : `Refused (${response.status}), with no reason given.`);
        }
        form.querySelector("details[open]")?.removeAttribute("open");
      } catch {
        if (said) {
          said.classList.add("error");
          said.textContent = "The app could not be reached: check the connection and try again.";
        }
      }
    });
  }

  // The RSVP link: copied with one press where the browser allows it; selectable anyway.
  const copy = document.getElementById("copy-rsvp");
  const link = document.getElementById("rsvp-link");
  if (copy && link && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      const said = document.getElementById("copy-said");
      try {
        await navigator.clipboard.writeText(link.value);
        if (said) said.textContent = "Link copied.";
      } catch {
        link.select();
        if (said)
          said.textContent =
            "Copying was not allowed: the link is selected, copy it with the keyboard.";
      }
    });
  }

  const large = document.getElementById("large");
  if (large) {
    large.hidden = false;
    large.addEventListener("click", () => {
      const on = document.body.classList.toggle("large");
      large.textContent = on ? "Normal mode" : "Large mode";
      large.setAttribute("aria-pressed", String(on));
    });
  }
})();
