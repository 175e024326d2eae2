// The public share page has no Blazor circuit: copy buttons and the "Checking…" state are plain DOM.
(function () {
    const status = document.querySelector("[data-copy-status]");

    function say(text) {
        if (!status) {
            return;
        }
        status.textContent = text;
        status.classList.add("visible");
        clearTimeout(say.timer);
        say.timer = setTimeout(() => status.classList.remove("visible"), 2000);
    }

    document.addEventListener("click", async (event) => {
        const button = event.target.closest("button[data-copy]");
        if (!button) {
            return;
        }
        try {
            await navigator.clipboard.writeText(button.dataset.copy);
            say("Copied to the clipboard.");
        } catch {
            say("The browser refused clipboard access: select the text and copy it by hand.");
        }
    });

    document.addEventListener("submit", (event) => {
        const button = event.target.matches("form[data-check-form]") && event.target.querySelector("button[type=submit]");
        if (button) {
            // Keep the button's name/value in the request: disable it only after the browser collected the form.
            setTimeout(() => {
                button.disabled = true;
                const label = button.querySelector(".mud-button-label") || button;
                label.lastChild.textContent = " Checking…";
            }, 0);
        }
    });
})();
