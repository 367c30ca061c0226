// The meeting room's one script: live updates by Server-Sent Events, the countdown on the
// server's clock, and the buttons without a page reload. The page works without it.
(() => {
  const live = document.getElementById("live");
  const side = document.getElementById("live-side");
  if (!live) return;
  const announce = document.getElementById("announce");
  const status = document.getElementById("status");
  // The server's clock minus the browser's: the countdown counts to the server's recorded end.
  let offset = 0;
  let lastMinute = null;
  const labels = { sponsor: "Sponsor opens", discussion: "Discussion", up: "Time's up" };

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

  const tick = () => {
    const el = document.getElementById("countdown");
    if (!el) return;
    const now = Date.now() + offset;
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
    if (minute !== lastMinute && announce) {
      if (lastMinute !== null || up)
        announce.textContent = up ? "Time's up" : `${minute} minute${minute === 1 ? "" : "s"} left`;
      lastMinute = minute;
    }
  };

  syncClock();
  tick();
  setInterval(tick, 250);

  const source = new EventSource(live.dataset.events);
  source.addEventListener("room", (event) => {
    const data = JSON.parse(event.data);
    // Server-rendered, escaped HTML of the room's shared parts (the same renderer as the page).
    live.innerHTML = data.table;
    if (side) side.innerHTML = data.side;
    syncClock();
    lastMinute = null;
    tick();
    if (status?.dataset.error !== "1" && status) status.textContent = "";
  });
  source.addEventListener("open", () => {
    live.dataset.connected = "1";
  });
  source.addEventListener("error", () => {
    if (status) status.textContent = "Reconnecting…";
  });

  for (const form of document.querySelectorAll("form[data-live]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = new URLSearchParams(new FormData(form, event.submitter));
      if (status) status.textContent = "Sending…";
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body,
          headers: { accept: "application/json" },
          credentials: "same-origin",
        });
        const answer = await response.json().catch(() => ({}));
        if (status) {
          status.dataset.error = response.ok ? "" : "1";
          status.textContent = answer.message ?? (response.ok ? "" : "That did not work.");
        }
      } catch {
        if (status) status.textContent = "The app could not be reached.";
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
