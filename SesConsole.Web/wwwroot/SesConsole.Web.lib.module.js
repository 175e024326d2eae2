// The app's JS initializer (Blazor loads it from our own origin after blazor.web.js starts; CSP script-src 'self').
//
// The identity grid's rows are one shared markup string each, without handlers of their own: a click in the table
// body is one 'gridrowaction' event to the page, which says the clicked control's action (data-action: the row's
// checkbox, its Delete button) and its row's name and region (data-name, data-region on the tr). The page checks
// them against the rows it shows; a click on anything else sends no action and changes nothing.

export function afterWebStarted(blazor) {
    blazor.registerCustomEventType('gridrowaction', {
        browserEventName: 'click',
        createEventArgs: gridRowAction,
    });
}

function gridRowAction(event) {
    const control = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    const row = control ? control.closest('tr[data-name]') : null;
    if (!row) {
        return {};
    }

    keepFocus(row.parentElement, control, row);
    return { action: control.dataset.action, name: row.dataset.name, region: row.dataset.region ?? null };
}

// The server answers a checkbox click by re-rendering the row (a new element with the state it holds); a keyboard
// user keeps the focus on the same control of the same row.
const watchedBodies = new WeakSet();
let focused = null;

function keepFocus(body, control, row) {
    focused = { control, action: control.dataset.action, name: row.dataset.name, region: row.dataset.region };
    if (watchedBodies.has(body)) {
        return;
    }

    watchedBodies.add(body);
    new MutationObserver(() => {
        if (!focused || focused.control.isConnected) {
            return;
        }

        const lost = focused;
        focused = null;
        if (document.activeElement && document.activeElement !== document.body) {
            return;
        }

        const again = Array.from(body.querySelectorAll('tr[data-name] [data-action]')).find(c => {
            const r = c.closest('tr');
            return c.dataset.action === lost.action && r.dataset.name === lost.name && r.dataset.region === lost.region;
        });
        again?.focus();
    }).observe(body, { childList: true, subtree: true });
}
