// Escape closes the topmost dialog that has a close button, wherever the focus is. MudBlazor only hears keys while
// the focus is inside its dialog; when the dialog's content is replaced (a result view after a form) the focus falls
// back to the page and Escape went nowhere (WAI-ARIA dialog pattern: Escape closes the dialog).
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) {
        return;
    }

    const dialogs = document.querySelectorAll(".mud-dialog-container .mud-dialog");
    const topmost = dialogs[dialogs.length - 1];
    if (!topmost || topmost.contains(document.activeElement)) {
        return; // no dialog, or MudBlazor hears this key itself
    }

    const close = topmost.querySelector(".mud-dialog-title .mud-button-close, button[aria-label='Close dialog'], .mud-button-close");
    if (close && !close.disabled) {
        event.preventDefault();
        close.click();
    }
});
