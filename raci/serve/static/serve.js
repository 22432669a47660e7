// raci serve: the live matrix. Every change is sent to the server, which edits the YAML
// file, validates it and answers with the findings; the page never edits the spec itself.
(function () {
  "use strict";
  const body = document.body;
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const labels = JSON.parse(document.getElementById("labels").textContent);
  const lang = body.dataset.lang;
  const box = document.getElementById("matrix");
  const status = document.getElementById("status");
  const undoButton = document.getElementById("undo");
  const redoButton = document.getElementById("redo");
  const activityForm = document.getElementById("activity-form");
  const addForm = document.getElementById("add-form");
  let version = Number(body.dataset.version);
  let selected = null; // {activity, department}
  let queue = Promise.resolve(); // one request at a time, each with the version it follows
  let renamed = null; // [old id, new id] while a rename of the selected activity is on its way

  const q = (value) => CSS.escape(value);
  const cell = (a, d) => box.querySelector(`td[data-activity="${q(a)}"][data-department="${q(d)}"]`);
  const rowOf = (a) => box.querySelector(`tr[data-row="${q(a)}"]`);

  function say(text, kind) {
    status.textContent = text || "";
    status.className = kind || "";
  }

  // --- showing what the server says ------------------------------------------------------
  function show(data) {
    version = data.version;
    if (data.matrix_html !== undefined) {
      box.innerHTML = data.matrix_html;
      if (selected && renamed && selected.activity === renamed[0] && rowOf(renamed[1])) selected.activity = renamed[1];
      if (selected && !cell(selected.activity, selected.department)) selected = null;
      select(selected ? cell(selected.activity, selected.department) : null, false);
    }
    if (data.row) {
      box.querySelectorAll(`td[data-activity="${q(data.row.activity)}"]`).forEach((td) => {
        const text = data.row.cells[td.dataset.department] || "";
        td.textContent = text;
        td.classList.remove("role-A", "role-R", "role-C", "role-I");
        if (text) td.classList.add("role-" + text[0]);
      });
    }
    document.getElementById("findings").innerHTML = data.findings_html;
    box.querySelectorAll("[data-target]").forEach((el) => {
      el.classList.remove("flag-error", "flag-warning", "flag-info");
      const severity = data.flags[el.dataset.target];
      if (severity) el.classList.add("flag-" + severity);
    });
    undoButton.disabled = !data.undo;
    redoButton.disabled = !data.redo;
    body.classList.toggle("broken", data.broken);
    refreshView();
  }

  function send(action, payload) {
    queue = queue
      .then(() =>
        fetch("/api/" + action, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
          body: JSON.stringify(Object.assign({ version: version, lang: lang }, payload)),
        })
      )
      .then((response) => response.json().then((data) => [response.status, data]))
      .then(([code, data]) => {
        if (code === 400) return say(data.error, "error");
        show(data);
        if (data.error) say(data.error, "error");
        else if (code === 409) say(data.notice, "warning");
        else say(data.notice || "", "ok");
      })
      .catch(() => say(labels.lost, "error"));
    return queue;
  }

  const edit = (...edits) => send("edit", { edits: edits });

  // --- the matrix: select, move, type a role ---------------------------------------------
  function select(td, focus = true) {
    box.querySelectorAll("td.selected").forEach((old) => {
      old.classList.remove("selected");
      old.tabIndex = -1;
    });
    selected = td ? { activity: td.dataset.activity, department: td.dataset.department } : null;
    if (td) {
      td.classList.add("selected");
      td.tabIndex = 0;
      if (focus) td.focus();
    }
    fillActivityForm();
  }

  function neighbour(td, key) {
    if (key === "ArrowLeft") return td.previousElementSibling && td.previousElementSibling.closest("td");
    if (key === "ArrowRight") return td.nextElementSibling;
    const rows = Array.from(box.querySelectorAll("tr[data-row]"));
    const next = rows[rows.indexOf(td.parentElement) + (key === "ArrowUp" ? -1 : 1)];
    return next ? next.querySelector(`td[data-department="${q(td.dataset.department)}"]`) : null;
  }

  box.addEventListener("click", (event) => {
    const td = event.target.closest("td[data-activity]");
    if (td) select(td);
  });

  box.addEventListener("keydown", (event) => {
    const td = event.target.closest("td[data-activity]");
    if (!td || body.classList.contains("broken") || event.ctrlKey || event.metaKey || event.altKey) return;
    const { activity, department } = td.dataset;
    if (event.key.startsWith("Arrow")) {
      const next = neighbour(td, event.key);
      if (next) select(next);
    } else if (/^[raci]$/i.test(event.key)) {
      edit({ op: "toggle", activity: activity, department: department, role: event.key.toUpperCase() });
    } else if (event.key === "Delete" || event.key === "Backspace") {
      edit({ op: "clear", activity: activity, department: department });
    } else {
      return;
    }
    event.preventDefault();
  });

  document.getElementById("findings").addEventListener("click", (event) => {
    const item = event.target.closest("li[data-about^='activity:']");
    const row = item && rowOf(item.dataset.about.slice("activity:".length));
    if (row) select(row.querySelector("td"));
  });

  // --- undo and redo ---------------------------------------------------------------------
  undoButton.addEventListener("click", () => send("undo", {}));
  redoButton.addEventListener("click", () => send("redo", {}));
  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.target.closest("input, select")) return;
    const key = event.key.toLowerCase();
    if (key === "z" || key === "y") {
      event.preventDefault();
      send(key === "y" || event.shiftKey ? "redo" : "undo", {});
    }
  });

  // --- the selected activity: names, id, phase, position; adding one ----------------------
  function fillActivityForm() {
    const row = selected && rowOf(selected.activity);
    activityForm.hidden = !row;
    document.getElementById("none-selected").hidden = Boolean(row);
    if (!row) return;
    const head = row.querySelector("th");
    const fields = activityForm.elements;
    fields.id.value = selected.activity;
    fields.ja.value = head.dataset.ja;
    fields.en.value = head.dataset.en;
    fields.phase.value = row.closest("tbody").dataset.phase;
    addForm.elements.phase.value = fields.phase.value;
  }

  activityForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const row = selected && rowOf(selected.activity);
    if (!row) return;
    const id = selected.activity;
    const head = row.querySelector("th");
    const fields = activityForm.elements;
    const edits = [];
    for (const language of ["ja", "en"]) {
      const text = fields[language].value.trim();
      if (text && text !== head.dataset[language]) edits.push({ op: "name", kind: "activity", id: id, lang: language, text: text });
    }
    if (fields.phase.value !== row.closest("tbody").dataset.phase) edits.push({ op: "move", id: id, phase: fields.phase.value });
    const newId = fields.id.value.trim();
    if (newId && newId !== id) edits.push({ op: "rename", id: id, new_id: newId });
    if (!edits.length) return;
    renamed = [id, newId];
    send("edit", { edits: edits }).then(() => (renamed = null));
  });

  activityForm.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-move]");
    const row = button && selected && rowOf(selected.activity);
    if (!row) return;
    const siblings = Array.from(row.parentElement.querySelectorAll("tr[data-row]"));
    const position = siblings.indexOf(row) + Number(button.dataset.move);
    if (position < 0 || position >= siblings.length) return;
    edit({ op: "move", id: selected.activity, phase: row.closest("tbody").dataset.phase, position: position });
  });

  addForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const fields = addForm.elements;
    const op = { op: "add", phase: fields.phase.value, id: fields.id.value.trim(), name: fields.name.value.trim() };
    const row = selected && rowOf(selected.activity);
    if (row && row.closest("tbody").dataset.phase === op.phase) {
      op.position = Array.from(row.parentElement.querySelectorAll("tr[data-row]")).indexOf(row) + 1;
    }
    send("edit", { edits: [op] }).then(() => {
      const added = rowOf(op.id);
      if (added) {
        addForm.reset();
        select(added.querySelector("td"));
      }
    });
  });

  // --- the other views: lifecycle map, KPI tree, charters ---------------------------------
  let tab = "matrix";
  function refreshView() {
    const panel = document.querySelector(`[data-panel="${tab}"]`);
    if (panel.dataset.view) {
      fetch(`/view/${panel.dataset.view}?lang=${lang}`).then((r) => r.text()).then((html) => (panel.innerHTML = html));
    } else if (tab === "charters") {
      const department = document.getElementById("charter-department").value;
      document.getElementById("charter").src = `/view/charter?lang=${lang}&department=${encodeURIComponent(department)}`;
    }
  }
  document.querySelectorAll("[data-tab]").forEach((button) => {
    button.addEventListener("click", () => {
      tab = button.dataset.tab;
      document.querySelectorAll("[data-tab]").forEach((b) => b.setAttribute("aria-selected", String(b === button)));
      document.querySelectorAll("[data-panel]").forEach((p) => (p.hidden = p.dataset.panel !== tab));
      refreshView();
    });
  });
  document.getElementById("charter-department").addEventListener("change", refreshView);

  // --- live: the file changed on disk (an editor, a git pull) ------------------------------
  const events = new EventSource("/events?csrf=" + encodeURIComponent(csrf));
  events.addEventListener("version", (event) => {
    const seen = Number(event.data);
    queue = queue.then(() => {
      if (seen <= version) return;
      return fetch("/state?lang=" + lang)
        .then((r) => r.json())
        .then((data) => {
          show(data);
          if (data.broken) say(labels.broken, "error");
          else if (data.cause === "outside") say(labels.outside, "warning");
        });
    });
  });
  events.addEventListener("error", () => say(labels.lost, "error"));
  events.addEventListener("open", () => {
    if (status.textContent === labels.lost) say("");
  });
})();
