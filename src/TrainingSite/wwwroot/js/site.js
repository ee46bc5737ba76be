// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";

    // After a failed post, move focus to the error summary so screen readers announce the problems.
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.querySelector("[data-autofocus]");
        if (summary) {
            summary.focus();
        }
    });
})();
