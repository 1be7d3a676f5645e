// Progressive enhancement only: every page works without this file. Served from this
// server (the Content-Security-Policy allows no inline or outside script).
"use strict";

(function () {
  // Drag and drop onto the upload field; the chosen files are listed.
  const drop = document.getElementById("drop");
  const input = document.getElementById("files");
  const chosen = document.getElementById("chosen");
  if (drop && input) {
    const hint = drop.querySelector(".drop-hint");
    if (hint) hint.hidden = false;
    const list = () => {
      if (!chosen) return;
      chosen.textContent = "";
      for (const f of input.files) {
        const li = document.createElement("li");
        li.textContent = f.name + " (" + Math.max(1, Math.round(f.size / 1024)) + " KB)";
        chosen.appendChild(li);
      }
    };
    input.addEventListener("change", list);
    ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => {
      e.preventDefault();
      drop.classList.add("over");
    }));
    ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => {
      drop.classList.remove("over");
    }));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        list();
      }
    });
  }

  // A filter box above each role list.
  document.querySelectorAll(".role-filter").forEach((box) => {
    const select = document.getElementById(box.getAttribute("aria-controls"));
    if (!select) return;
    box.hidden = false;
    box.addEventListener("input", () => {
      const q = box.value.trim().toLowerCase();
      let first = null;
      for (const opt of select.options) {
        if (!opt.value) continue;
        const hit = !q || opt.textContent.toLowerCase().includes(q);
        opt.hidden = !hit;
        if (hit && !first) first = opt;
      }
      if (first && (select.selectedOptions[0] || {}).hidden !== false) {
        first.selected = true;
        select.dispatchEvent(new Event("change"));
      }
    });
  });

  // The chosen role's one-line description under the list.
  const role = document.getElementById("role");
  const desc = document.getElementById("role-desc");
  if (role && desc) {
    const show = () => {
      const opt = role.selectedOptions[0];
      const text = opt && opt.dataset.description;
      desc.textContent = text || "";
      desc.hidden = !text;
    };
    role.addEventListener("change", show);
    role.addEventListener("input", show);
    show();
  }

  // Live progress of a class run: poll the status, update the table, reload at the end.
  const run = document.getElementById("run");
  if (run && run.dataset.running === "yes") {
    const url = run.dataset.statusUrl;
    const status = document.getElementById("run-status");
    const bar = document.getElementById("run-progress");
    const tick = () => {
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then((r) => r.json())
        .then((s) => {
          status.textContent = s.running ? s.phase + ": " + s.done + " of " + s.total
            : s.status;
          bar.max = s.total || 1;
          bar.value = s.done;
          for (const st of s.students) {
            const row = document.querySelector('tr[data-student="' + CSS.escape(st.student_id) + '"]');
            if (!row) continue;
            row.cells[2].textContent = st.status;
            row.cells[2].className = "st st-" + st.status.replace(/ /g, "-");
            row.cells[3].textContent = st.detail;
          }
          if (s.running) setTimeout(tick, 700);
          else window.location.reload();
        })
        .catch(() => setTimeout(tick, 2000));
    };
    setTimeout(tick, 300);
  }
})();
