// Progressive enhancement only: every page works without this file. Behaviours attach to data attributes.
(function () {
    "use strict";

    document.documentElement.classList.add("js");

    function antiforgeryToken(element) {
        var form = element.closest("form") || document.querySelector("form");
        var input = form && form.querySelector("input[name=__RequestVerificationToken]");
        return input ? input.value : "";
    }

    // After a failed post, move focus to the error summary so screen readers announce the problems.
    function focusErrorSummary() {
        var summary = document.querySelector("[data-autofocus]");
        if (summary) {
            summary.focus();
        }
    }

    // Language panels become tabs (WAI-ARIA tabs pattern: arrow keys, Home, End).
    function enhanceTabs(container) {
        var list = container.querySelector("[role=tablist]");
        var panels = Array.prototype.slice.call(container.querySelectorAll(".lang-panel"));
        var tabs = panels.map(function (panel, index) {
            var tab = document.createElement("button");
            tab.type = "button";
            tab.setAttribute("role", "tab");
            tab.id = "tab-" + panel.id;
            tab.setAttribute("aria-controls", panel.id);
            tab.textContent = panel.dataset.tabLabel + " (" + panel.dataset.tabState + ")";
            tab.addEventListener("click", function () { select(index, false); });
            tab.addEventListener("keydown", function (event) {
                var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: panels.length - 1 }[event.key];
                if (next !== undefined) {
                    event.preventDefault();
                    select((next + panels.length) % panels.length, true);
                }
            });
            list.appendChild(tab);
            panel.setAttribute("role", "tabpanel");
            panel.setAttribute("aria-labelledby", tab.id);
            panel.setAttribute("tabindex", "0");
            return tab;
        });

        function select(index, focus) {
            tabs.forEach(function (tab, i) {
                var selected = i === index;
                tab.setAttribute("aria-selected", selected ? "true" : "false");
                tab.tabIndex = selected ? 0 : -1;
                panels[i].hidden = !selected;
            });
            if (focus) {
                tabs[index].focus();
            }
        }

        var withError = panels.findIndex(function (panel) { return panel.querySelector(".field--error"); });
        list.hidden = false;
        container.classList.add("lang-tabs--active");
        select(withError < 0 ? 0 : withError, false);
    }

    // Markdown fields show a live preview, rendered on the server by the same safe renderer as the page.
    function enhancePreview(textarea) {
        var target = document.getElementById(textarea.dataset.preview);
        var timer = null;
        textarea.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var body = new URLSearchParams();
                body.append("markdown", textarea.value);
                body.append("language", textarea.lang);
                body.append("__RequestVerificationToken", antiforgeryToken(textarea));
                fetch("/api/markdown/preview", { method: "POST", body: body, credentials: "same-origin" })
                    .then(function (response) { return response.ok ? response.json() : null; })
                    .then(function (json) { if (json) { target.innerHTML = json.html; } });
            }, 400);
        });
    }

    // A lesson read to its end (and open for a while) is marked as read without a click.
    function enhanceReadOnScroll(form) {
        var opened = Date.now();
        var status = form.querySelector("[data-read-status]");
        var done = document.querySelector("[data-read-done-text]");
        var sent = false;
        var observer = new IntersectionObserver(function (entries) {
            if (sent || !entries.some(function (entry) { return entry.isIntersecting; }) || Date.now() - opened < 10000) {
                return;
            }

            sent = true;
            fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
                .then(function (response) {
                    if (response.ok) {
                        status.textContent = done ? done.textContent : "";
                        status.classList.add("status--done");
                        observer.disconnect();
                    } else {
                        sent = false;
                    }
                });
        });
        observer.observe(form);
    }

    // Quiz answers are saved in the background as they are given; the form still works without this. The saves go
    // one after another, so a changed answer cannot be overtaken by the post of the one before it, and "saved" shows
    // only when no save is waiting: a learner who sees it may close the page and lose nothing.
    function enhanceAutosave(form) {
        var status = form.querySelector("[data-autosave-status]");
        var done = document.querySelector("[data-autosave-done]");
        var queue = Promise.resolve();
        var waiting = 0;
        form.addEventListener("change", function () {
            var body = new FormData(form);
            waiting++;
            if (status) {
                status.textContent = "";
            }

            queue = queue
                .then(function () {
                    return fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
                        .then(function (response) { return response.ok; }, function () { return false; });
                })
                .then(function (saved) {
                    waiting--;
                    // Each post sends the whole form, so the last one saved means every answer given is saved.
                    if (status && waiting === 0 && saved) {
                        status.textContent = done ? done.textContent : "";
                    }
                });
        });
    }

    // Guidance search: results update as the user types. The server renders the results region for the same
    // URL with partial=true, so there is one rendering path and the URL stays shareable (history.replaceState).
    function enhanceLiveSearch(form) {
        var target = document.querySelector(form.getAttribute("data-live-search"));
        var input = form.querySelector("input[type=search]");
        if (!target || !input || !window.fetch) {
            return;
        }

        var timer = null;
        var latest = 0;
        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var query = new URLSearchParams(new FormData(form)).toString();
                var request = ++latest;
                fetch(form.action + "?" + query + "&partial=true", { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
                    .then(function (response) { return response.text(); })
                    .then(function (html) {
                        if (request === latest) {
                            target.innerHTML = html;
                            openFacetsOnWideScreens(target);
                            history.replaceState(null, "", form.action + "?" + query);
                        }
                    });
            }, 250);
        });
    }

    // The site menu is a <details>, so it works without this. Here: open on wide screens (where its toggle is hidden)
    // and closed on narrow ones, also when the window crosses the width; Escape closes it and returns to the toggle.
    function enhanceSiteMenu(menu) {
        var toggle = menu.querySelector("summary");
        var wide = window.matchMedia ? window.matchMedia("(min-width: 48rem)") : null;
        function follow() {
            menu.open = wide.matches;
        }

        if (wide && wide.addEventListener) {
            follow();
            wide.addEventListener("change", follow);
        }

        menu.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && menu.open && toggle && getComputedStyle(toggle).display !== "none") {
                menu.open = false;
                toggle.focus();
            }
        });
    }

    // The search's facets are a <details>, so they work without this. Here: open on wide screens (where the toggle
    // is hidden), as they are drawn; on a phone they stay as the server sent them (open only with a filter chosen).
    function openFacetsOnWideScreens(root) {
        if (window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) {
            root.querySelectorAll("[data-facets]").forEach(function (facets) { facets.open = true; });
        }
    }

    // A print button (a referral slip) is sent hidden, with words saying how to print without it: shown here, it prints.
    function enhancePrintButton(button) {
        var hint = button.getAttribute("data-print-hint") && document.getElementById(button.getAttribute("data-print-hint"));
        button.hidden = false;
        if (hint) {
            hint.hidden = true;
        }

        button.addEventListener("click", function () { window.print(); });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("button[data-print]").forEach(enhancePrintButton);
        document.querySelectorAll("[data-site-menu]").forEach(enhanceSiteMenu);
        openFacetsOnWideScreens(document);
        document.querySelectorAll("form[data-live-search]").forEach(enhanceLiveSearch);
        focusErrorSummary();
        document.querySelectorAll("[data-tabs]").forEach(enhanceTabs);
        document.querySelectorAll("textarea[data-preview]").forEach(enhancePreview);
        document.querySelectorAll("form[data-autosave]").forEach(enhanceAutosave);
        if ("IntersectionObserver" in window) {
            document.querySelectorAll("form[data-read-on-scroll]").forEach(enhanceReadOnScroll);
        }
    });
})();
